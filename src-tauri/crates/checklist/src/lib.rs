//! CoverReady's checklist: the built-in content pack (profile schema, domains, scored
//! questions) and the readiness model (gate, scores, coverage, action plan).
//!
//! Pure and offline: no I/O, no user-visible text. Texts live in
//! `locales/*/checklist.ftl`, keyed by the ids used here.

mod answer_code;
mod answers;
mod content;
mod error;
mod profile;
mod readiness;
mod rule;
mod select;

pub use answer_code::{
    decode as decode_answer_code, encode as encode_answer_code, pack_fingerprint, AnswerCode,
    AnswerCodeError, ANSWER_CODE_VERSION,
};
pub use answers::{parse_answer, stale_answers, validate_answers, AnswerValue, Answers};
pub use content::{
    question_message_id, ContentPack, CostBand, Domain, Mappings, Question, Weight,
    CHECKLIST_SCHEMA_ID, CYBER_ESSENTIALS_THEMES, ESSENTIAL_EIGHT_STRATEGIES,
};
pub use error::{ChecklistError, ContentError};
pub use profile::{
    FieldKind, Profile, ProfileField, ProfileSchema, ProfileValue, PROFILE_SCHEMA_ID,
};
pub use readiness::{
    readiness, scored, ActionItem, ActionReason, Bucket, DomainScore, Gate, GateStatus, Readiness,
    MONTH_HOURS, WEEK_HOURS,
};
pub use rule::Rule;
pub use select::{applicable_questions, applies, deciding_fields, Mode, QUICK_MODE_LIMIT};
