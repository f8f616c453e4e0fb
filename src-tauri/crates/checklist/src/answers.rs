//! Answers to scored questions and their validation against a profile.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::ContentPack;
use crate::error::ChecklistError;
use crate::profile::Profile;
use crate::select::applies;

/// Answers keyed by question id. A missing entry means "not answered yet".
pub type Answers = BTreeMap<String, AnswerValue>;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[ts(export, export_to = "checklist.ts")]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    Yes,
    Partly,
    No,
    /// An honest answer: scored as not met, but reported apart from "no".
    NotSure,
    NotApplicable,
}

impl AnswerValue {
    pub const ALL: [AnswerValue; 5] = [
        AnswerValue::Yes,
        AnswerValue::Partly,
        AnswerValue::No,
        AnswerValue::NotSure,
        AnswerValue::NotApplicable,
    ];

    /// The snake_case id used in JSON and in the `answer-<id>` locale keys.
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerValue::Yes => "yes",
            AnswerValue::Partly => "partly",
            AnswerValue::No => "no",
            AnswerValue::NotSure => "not_sure",
            AnswerValue::NotApplicable => "not_applicable",
        }
    }

    /// Accepts the CLI spellings: yes, partly/partial, no, not-sure/not_sure,
    /// n/a, na, not-applicable/not_applicable (case-insensitive).
    pub fn parse(raw: &str) -> Option<AnswerValue> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" => Some(AnswerValue::Yes),
            "partly" | "partial" => Some(AnswerValue::Partly),
            "no" | "n" => Some(AnswerValue::No),
            "not-sure" | "not_sure" | "notsure" | "unsure" => Some(AnswerValue::NotSure),
            "n/a" | "na" | "not-applicable" | "not_applicable" => Some(AnswerValue::NotApplicable),
            _ => None,
        }
    }

    /// A yes/partly/no/not-applicable answer, as opposed to "not sure".
    pub fn is_definite(self) -> bool {
        self != AnswerValue::NotSure
    }
}

/// Parses one answer for a question, refusing unknown ids and values outside its options.
/// Applicability is checked by [`validate_answers`], which needs the profile.
pub fn parse_answer(
    pack: &ContentPack,
    question_id: &str,
    raw: &str,
) -> Result<AnswerValue, ChecklistError> {
    let question = pack
        .question(question_id)
        .ok_or_else(|| ChecklistError::UnknownQuestion {
            id: question_id.to_owned(),
        })?;
    let invalid = || ChecklistError::InvalidAnswer {
        question: question.id.clone(),
        value: raw.to_owned(),
    };
    let value = AnswerValue::parse(raw).ok_or_else(invalid)?;
    if value == AnswerValue::NotApplicable && !question.not_applicable_allowed {
        return Err(invalid());
    }
    Ok(value)
}

/// Checks a whole answer set: the profile values, then each answer (in id order) for an unknown
/// question, an option the question does not offer, or a question that does not apply to
/// the profile. The first problem found is returned, naming the offending id.
pub fn validate_answers(
    pack: &ContentPack,
    profile: &Profile,
    answers: &Answers,
) -> Result<(), ChecklistError> {
    pack.profile.validate_profile(profile)?;
    for (id, value) in answers {
        let question = pack
            .question(id)
            .ok_or_else(|| ChecklistError::UnknownQuestion { id: id.clone() })?;
        if *value == AnswerValue::NotApplicable && !question.not_applicable_allowed {
            return Err(ChecklistError::InvalidAnswer {
                question: id.clone(),
                value: value.as_str().to_owned(),
            });
        }
        if !applies(question, profile) {
            return Err(ChecklistError::QuestionNotApplicable { id: id.clone() });
        }
    }
    Ok(())
}

/// Ids of stored answers whose question no longer applies (e.g. after the profile changed)
/// or no longer exists. The store can drop these before calling [`validate_answers`].
pub fn stale_answers(pack: &ContentPack, profile: &Profile, answers: &Answers) -> Vec<String> {
    answers
        .keys()
        .filter(|id| pack.question(id).is_none_or(|q| !applies(q, profile)))
        .cloned()
        .collect()
}
