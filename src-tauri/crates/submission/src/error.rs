//! One error type with a stable `code()` and `data()`: the UI and the CLI show the locale message
//! `submission-error-<code>` with `data()` as its arguments. The `Display` text is English for logs
//! and bug reports only, never shown to the owner.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SubmissionError {
    #[error("no consent record was given for this submission")]
    ConsentMissing,
    #[error("the consent record does not match what would be sent ({what})")]
    ConsentMismatch { what: String },
    #[error("refusing to send to {url}: only HTTPS, or plain HTTP to this computer (loopback)")]
    InsecureDestination { url: String },
    #[error("not a usable destination address: {url}")]
    InvalidDestination { url: String },
    #[error("invalid {field}: {detail}")]
    InvalidInput { field: String, detail: String },
    #[error("the package is {size} bytes, more than the limit of {limit}")]
    PackageTooLarge { size: u64, limit: u64 },
    #[error("the platform refused the submission ({status} {problem_code}): {detail}")]
    RejectedByPlatform {
        status: u16,
        problem_code: String,
        title: String,
        detail: String,
    },
    /// The server stopped sending in the middle of an answer.
    #[error("the server sent nothing for {seconds} s")]
    Stalled { seconds: u64 },
    #[error("the platform is unavailable (HTTP {status})")]
    PlatformUnavailable { status: u16 },
    #[error("the platform asks to wait {retry_after_secs} s before trying again")]
    RateLimited { retry_after_secs: u64 },
    #[error("network error: {detail}")]
    Network { detail: String },
    #[error("the platform's receipt could not be verified: {detail}")]
    ReceiptInvalid { detail: String },
    #[error("the platform answered something this version does not understand: {detail}")]
    ProtocolViolation { detail: String },
    #[error("cannot use the installation key at {path}: {detail}")]
    KeyStore {
        path: String,
        detail: String,
        /// Why, as a cause the locale files word (`coverready_i18n::CAUSES`).
        cause: &'static str,
    },
    #[error("outbox store error: {detail}")]
    OutboxStore { detail: String, cause: &'static str },
    #[error(
        "the outbox was written by a newer version (schema {found}, this build knows {supported})"
    )]
    OutboxTooNew { found: i64, supported: i64 },
    #[error("submission {id} does not exist")]
    NotFound { id: i64 },
    #[error("submission {id} is {state}, which does not allow this")]
    InvalidState { id: i64, state: String },
}

impl SubmissionError {
    /// Stable code, used as `submission-error-<code>` in the locale files.
    pub fn code(&self) -> &'static str {
        match self {
            SubmissionError::ConsentMissing => "consent_missing",
            SubmissionError::ConsentMismatch { .. } => "consent_mismatch",
            SubmissionError::InsecureDestination { .. } => "insecure_destination",
            SubmissionError::InvalidDestination { .. } => "invalid_destination",
            SubmissionError::InvalidInput { .. } => "invalid_input",
            SubmissionError::PackageTooLarge { .. } => "package_too_large",
            SubmissionError::RejectedByPlatform { .. } => "rejected_by_platform",
            SubmissionError::PlatformUnavailable { .. } => "platform_unavailable",
            SubmissionError::Stalled { .. } => "stalled",
            SubmissionError::RateLimited { .. } => "rate_limited",
            SubmissionError::Network { .. } => "network",
            SubmissionError::ReceiptInvalid { .. } => "receipt_invalid",
            SubmissionError::ProtocolViolation { .. } => "protocol_violation",
            SubmissionError::KeyStore { .. } => "key_store",
            SubmissionError::OutboxStore { .. } => "outbox_store",
            SubmissionError::OutboxTooNew { .. } => "outbox_too_new",
            SubmissionError::NotFound { .. } => "not_found",
            SubmissionError::InvalidState { .. } => "invalid_state",
        }
    }

    /// Arguments for the locale message.
    pub fn data(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            SubmissionError::ConsentMissing => vec![],
            SubmissionError::ConsentMismatch { what } => vec![("what", what.clone())],
            SubmissionError::InsecureDestination { url }
            | SubmissionError::InvalidDestination { url } => vec![("url", url.clone())],
            SubmissionError::InvalidInput { field, detail } => {
                vec![("field", field.clone()), ("detail", detail.clone())]
            }
            SubmissionError::PackageTooLarge { size, limit } => {
                vec![("size", size.to_string()), ("limit", limit.to_string())]
            }
            SubmissionError::Stalled { seconds } => vec![("seconds", seconds.to_string())],
            SubmissionError::RejectedByPlatform {
                status,
                problem_code,
                title,
                detail,
            } => vec![
                ("status", status.to_string()),
                ("problem_code", problem_code.clone()),
                ("title", title.clone()),
                ("detail", detail.clone()),
            ],
            SubmissionError::PlatformUnavailable { status } => {
                vec![("status", status.to_string())]
            }
            SubmissionError::RateLimited { retry_after_secs } => {
                vec![("retry_after_secs", retry_after_secs.to_string())]
            }
            SubmissionError::Network { detail }
            | SubmissionError::ReceiptInvalid { detail }
            | SubmissionError::ProtocolViolation { detail } => vec![("detail", detail.clone())],
            SubmissionError::OutboxStore { detail, cause } => {
                vec![("detail", detail.clone()), ("cause", (*cause).to_owned())]
            }
            SubmissionError::KeyStore {
                path,
                detail,
                cause,
            } => vec![
                ("path", path.clone()),
                ("detail", detail.clone()),
                ("cause", (*cause).to_owned()),
            ],
            SubmissionError::OutboxTooNew { found, supported } => vec![
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            SubmissionError::NotFound { id } => vec![("id", id.to_string())],
            SubmissionError::InvalidState { id, state } => {
                vec![("id", id.to_string()), ("state", state.clone())]
            }
        };
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }

    /// Whether trying again later may succeed (the submission stays queued); otherwise the
    /// platform or the rules gave a final answer.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            SubmissionError::Network { .. }
                | SubmissionError::PlatformUnavailable { .. }
                | SubmissionError::RateLimited { .. }
        )
    }

    /// Every code, for the locale completeness test.
    pub const ALL_CODES: &'static [&'static str] = &[
        "consent_missing",
        "consent_mismatch",
        "insecure_destination",
        "invalid_destination",
        "invalid_input",
        "package_too_large",
        "rejected_by_platform",
        "platform_unavailable",
        "rate_limited",
        "network",
        "receipt_invalid",
        "protocol_violation",
        "key_store",
        "outbox_store",
        "outbox_too_new",
        "not_found",
        "invalid_state",
    ];
}

impl SubmissionError {
    /// The outbox could not be used because of a system error (`io_cause` words it).
    pub fn outbox_io(e: &std::io::Error) -> SubmissionError {
        SubmissionError::OutboxStore {
            detail: e.to_string(),
            cause: coverready_i18n::io_cause(e),
        }
    }

    /// The outbox failed for a reason of its own (no system error to word).
    pub fn outbox(detail: impl std::fmt::Display) -> SubmissionError {
        SubmissionError::OutboxStore {
            detail: detail.to_string(),
            cause: "other",
        }
    }
}

impl From<rusqlite::Error> for SubmissionError {
    fn from(e: rusqlite::Error) -> SubmissionError {
        use rusqlite::ErrorCode;
        // A full disk (or an outbox that cannot grow) is said plainly, like the main store's.
        let cause = match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => "storage_full",
            Some(ErrorCode::ReadOnly) => "read_only",
            Some(ErrorCode::PermissionDenied) => "permission_denied",
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => "invalid_data",
            _ => "other",
        };
        SubmissionError::OutboxStore {
            detail: e.to_string(),
            cause,
        }
    }
}
