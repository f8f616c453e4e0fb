//! Errors. Display texts are for logs only; user-facing text is looked up in the
//! locale files by `code()`, with the offending id as the argument.

use thiserror::Error;

/// A request the checklist refuses: bad answers or a bad profile.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ChecklistError {
    #[error("unknown question id `{id}`")]
    UnknownQuestion { id: String },
    #[error("answer `{value}` is not allowed for question `{question}`")]
    InvalidAnswer { question: String, value: String },
    #[error("question `{id}` does not apply to this profile")]
    QuestionNotApplicable { id: String },
    #[error("unknown profile field `{field}`")]
    UnknownProfileField { field: String },
    #[error("value `{value}` is not valid for profile field `{field}`")]
    InvalidProfileValue { field: String, value: String },
}

impl ChecklistError {
    /// Stable machine code, suitable for a locale key or a CLI exit message.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownQuestion { .. } => "unknown_question",
            Self::InvalidAnswer { .. } => "invalid_answer",
            Self::QuestionNotApplicable { .. } => "question_not_applicable",
            Self::UnknownProfileField { .. } => "unknown_profile_field",
            Self::InvalidProfileValue { .. } => "invalid_profile_value",
        }
    }

    /// The question id or profile field id the error is about.
    pub fn subject(&self) -> &str {
        match self {
            Self::UnknownQuestion { id } | Self::QuestionNotApplicable { id } => id,
            Self::InvalidAnswer { question, .. } => question,
            Self::UnknownProfileField { field } | Self::InvalidProfileValue { field, .. } => field,
        }
    }
}

/// A defect in the content pack itself (a bug in the shipped data, caught by tests).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ContentError {
    #[error("{file}: not valid JSON for the schema: {detail}")]
    Parse { file: &'static str, detail: String },
    #[error("{at}: {problem}")]
    Invalid { at: String, problem: String },
}

impl ContentError {
    pub(crate) fn invalid(at: impl Into<String>, problem: impl Into<String>) -> Self {
        Self::Invalid {
            at: at.into(),
            problem: problem.into(),
        }
    }
}
