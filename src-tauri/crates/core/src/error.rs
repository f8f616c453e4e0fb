//! One error type for every edge (IPC, CLI). It serialises as `{code, message, details}`: the UI
//! and the CLI look up `error-<code>` in the locale files with `details` as arguments, and
//! `message` is an English explanation for logs and bug reports.

use std::collections::BTreeMap;

use coverready_checklist::ChecklistError;
use coverready_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "bindings.ts")]
pub enum ErrorCode {
    InvalidName,
    InvalidArgument,
    NotFound,
    UnknownProfileField,
    InvalidProfileValue,
    UnknownQuestion,
    InvalidAnswer,
    QuestionNotApplicable,
    InvalidNote,
    AnswersFileInvalid,
    InvalidDomain,
    ReportUnwritable,
    SubmissionFailed,
    StoreCorrupt,
    StoreTooNew,
    StoreIo,
    DiskFull,
    Cancelled,
    /// A content pack was refused (details.reason says why) or could not be fetched.
    ContentRefused,
    Internal,
}

impl ErrorCode {
    /// Every code, for tests that word each one.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::InvalidName,
        ErrorCode::InvalidArgument,
        ErrorCode::NotFound,
        ErrorCode::UnknownProfileField,
        ErrorCode::InvalidProfileValue,
        ErrorCode::UnknownQuestion,
        ErrorCode::InvalidAnswer,
        ErrorCode::QuestionNotApplicable,
        ErrorCode::InvalidNote,
        ErrorCode::AnswersFileInvalid,
        ErrorCode::InvalidDomain,
        ErrorCode::ReportUnwritable,
        ErrorCode::SubmissionFailed,
        ErrorCode::StoreCorrupt,
        ErrorCode::StoreTooNew,
        ErrorCode::StoreIo,
        ErrorCode::DiskFull,
        ErrorCode::Cancelled,
        ErrorCode::ContentRefused,
        ErrorCode::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidName => "invalid_name",
            ErrorCode::InvalidArgument => "invalid_argument",
            ErrorCode::NotFound => "not_found",
            ErrorCode::UnknownProfileField => "unknown_profile_field",
            ErrorCode::InvalidProfileValue => "invalid_profile_value",
            ErrorCode::UnknownQuestion => "unknown_question",
            ErrorCode::InvalidAnswer => "invalid_answer",
            ErrorCode::QuestionNotApplicable => "question_not_applicable",
            ErrorCode::InvalidNote => "invalid_note",
            ErrorCode::AnswersFileInvalid => "answers_file_invalid",
            ErrorCode::InvalidDomain => "invalid_domain",
            ErrorCode::ReportUnwritable => "report_unwritable",
            ErrorCode::SubmissionFailed => "submission_failed",
            ErrorCode::StoreCorrupt => "store_corrupt",
            ErrorCode::StoreTooNew => "store_too_new",
            ErrorCode::StoreIo => "store_io",
            ErrorCode::DiskFull => "disk_full",
            ErrorCode::Cancelled => "cancelled",
            ErrorCode::ContentRefused => "content_refused",
            ErrorCode::Internal => "internal",
        }
    }

    /// The locale message that explains this error to a person.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str())
    }

    /// Whether the cause is the environment (store, disk) rather than the input: the CLI exits
    /// with 3 for these and 1 for refused input.
    pub fn is_environment(self) -> bool {
        matches!(
            self,
            ErrorCode::StoreCorrupt
                | ErrorCode::StoreTooNew
                | ErrorCode::StoreIo
                | ErrorCode::DiskFull
                | ErrorCode::Internal
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
#[ts(rename = "IpcError")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
    pub details: BTreeMap<String, String>,
}

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Error {
        Error {
            code,
            message: message.into(),
            details: BTreeMap::new(),
        }
    }

    /// The system could not open a file or folder for the owner (PDF viewer, file manager).
    pub fn opener(e: impl std::fmt::Display) -> Error {
        Error::new(ErrorCode::Internal, e.to_string()).with("detail", e)
    }

    /// A failed system call: its English text for logs (`detail`), and its cause, which the
    /// message words in the owner's language.
    pub fn with_io(self, e: &std::io::Error) -> Error {
        self.with("detail", e)
            .with("cause", coverready_i18n::io_cause(e))
    }

    pub fn with(mut self, key: &str, value: impl ToString) -> Error {
        self.details.insert(key.to_owned(), value.to_string());
        self
    }

    /// The message in the user's language, with the details filled in.
    pub fn localized(&self, l10n: &coverready_i18n::Localizer) -> String {
        // The cause in words; the system's own (English) text never reaches the message.
        let cause = l10n.text(&coverready_i18n::cause_message_id(
            self.details.get("cause").map_or("other", String::as_str),
        ));
        let args: Vec<(&str, coverready_i18n::Arg<'_>)> = self
            .details
            .iter()
            .filter(|(k, _)| k.as_str() != "cause")
            .map(|(k, v)| (k.as_str(), coverready_i18n::Arg::Str(v)))
            .chain([("cause", coverready_i18n::Arg::Str(&cause))])
            .collect();
        // Errors from a part with its own messages (e.g. `submission-error-<reason>`) name the
        // message to show in `details.message_id`.
        let id = self
            .details
            .get("message_id")
            .filter(|id| l10n.has(id))
            .cloned()
            .unwrap_or_else(|| self.code.message_id());
        l10n.format(&id, &args)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for Error {}

/// The disk (or the user's quota) is full: `error-disk_full-storage` says so, without the
/// "or read-only" of the general message.
fn disk_full(message: String, detail: String) -> Error {
    Error::new(ErrorCode::DiskFull, message)
        .with("detail", detail)
        .with("cause", "storage_full")
        .with("message_id", "error-disk_full-storage")
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Error {
        let message = e.to_string();
        match e {
            StoreError::Corrupt { path, .. } => {
                Error::new(ErrorCode::StoreCorrupt, message).with("path", path.display())
            }
            StoreError::TooNew {
                path,
                found,
                supported,
            } => Error::new(ErrorCode::StoreTooNew, message)
                .with("path", path.display())
                .with("found", found)
                .with("supported", supported),
            // A full disk is said plainly, whether the system or SQLite found it.
            StoreError::Io {
                path,
                detail,
                cause: "storage_full",
            } => disk_full(message, detail).with("path", path.display()),
            StoreError::Full {
                detail,
                cause: "storage_full",
            } => disk_full(message, detail),
            StoreError::Io {
                path,
                detail,
                cause,
            } => Error::new(ErrorCode::StoreIo, message)
                .with("path", path.display())
                .with("detail", detail)
                .with("cause", cause),
            StoreError::Full { detail, cause } => Error::new(ErrorCode::DiskFull, message)
                .with("detail", detail)
                .with("cause", cause),
            StoreError::OrgNotFound(id) | StoreError::AssessmentNotFound(id) => {
                Error::new(ErrorCode::NotFound, message).with("id", id)
            }
            StoreError::Sqlite(detail) => {
                Error::new(ErrorCode::Internal, message).with("detail", detail)
            }
        }
    }
}

impl From<ChecklistError> for Error {
    fn from(e: ChecklistError) -> Error {
        let message = e.to_string();
        match e {
            ChecklistError::UnknownProfileField { field } => {
                Error::new(ErrorCode::UnknownProfileField, message).with("field", field)
            }
            ChecklistError::InvalidProfileValue { field, value } => {
                Error::new(ErrorCode::InvalidProfileValue, message)
                    .with("field", field)
                    .with("value", value)
            }
            ChecklistError::UnknownQuestion { id } => {
                Error::new(ErrorCode::UnknownQuestion, message).with("question", id)
            }
            ChecklistError::InvalidAnswer { question, value } => {
                Error::new(ErrorCode::InvalidAnswer, message)
                    .with("question", question)
                    .with("value", value)
            }
            ChecklistError::QuestionNotApplicable { id } => {
                Error::new(ErrorCode::QuestionNotApplicable, message).with("question", id)
            }
        }
    }
}

impl From<coverready_domain::DomainError> for Error {
    fn from(e: coverready_domain::DomainError) -> Error {
        let message = e.to_string();
        let mut error = Error::new(ErrorCode::InvalidDomain, message);
        for (key, value) in e.details() {
            let text = value
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| value.to_string());
            error = error.with(&key, text);
        }
        error
    }
}
