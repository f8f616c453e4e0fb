//! The one error `check_domain` returns. Network trouble is never an error: it becomes a finding
//! with an `unknown` verdict, so the owner still sees everything that could be checked.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// What was typed is not a domain name we will query.
    #[error("“{input}” is not a domain name that can be checked ({})", reason.as_str())]
    InvalidDomain {
        input: String,
        reason: InvalidDomainReason,
    },
}

/// Why a name was refused; each has a message `domain-invalid-<reason>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvalidDomainReason {
    Empty,
    TooLong,
    EmptyLabel,
    LabelTooLong,
    InvalidCharacter,
    IpAddress,
    SingleLabel,
    NumericTld,
}

impl InvalidDomainReason {
    pub fn as_str(self) -> &'static str {
        match self {
            InvalidDomainReason::Empty => "empty",
            InvalidDomainReason::TooLong => "too_long",
            InvalidDomainReason::EmptyLabel => "empty_label",
            InvalidDomainReason::LabelTooLong => "label_too_long",
            InvalidDomainReason::InvalidCharacter => "invalid_character",
            InvalidDomainReason::IpAddress => "ip_address",
            InvalidDomainReason::SingleLabel => "single_label",
            InvalidDomainReason::NumericTld => "numeric_tld",
        }
    }

    /// Locale message id explaining the refusal (`domain-invalid-ip-address`, …).
    pub fn message_key(self) -> String {
        format!("domain-invalid-{}", self.as_str().replace('_', "-"))
    }
}

impl DomainError {
    pub(crate) fn invalid(input: &str, reason: InvalidDomainReason) -> DomainError {
        // Keep what is echoed back short: the input may be a whole pasted paragraph.
        let input: String = input.chars().take(300).collect();
        DomainError::InvalidDomain { input, reason }
    }

    /// Stable code for the `{code, message, details}` error crossing IPC (`error-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            DomainError::InvalidDomain { .. } => "invalid_domain",
        }
    }

    /// Arguments for the message: `input`, `reason` and `reason_key` (the message explaining it).
    pub fn details(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut details = serde_json::Map::new();
        match self {
            DomainError::InvalidDomain { input, reason } => {
                details.insert("input".into(), input.clone().into());
                details.insert("reason".into(), reason.as_str().into());
                details.insert("reason_key".into(), reason.message_key().into());
            }
        }
        details
    }
}
