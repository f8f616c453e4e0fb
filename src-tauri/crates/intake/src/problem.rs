//! `application/problem+json` answers (RFC 9457) with the protocol's stable codes.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use coverready_submission::protocol::{
    problem_codes as codes, Problem, PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_PREFIX,
};

/// Codes of the intake's own (not the submission protocol's: the desktop client never meets them).
pub const UNAUTHORIZED: &str = "unauthorized";
pub const FORBIDDEN: &str = "forbidden";

#[derive(Debug, Clone)]
pub struct ApiProblem {
    pub status: StatusCode,
    pub code: &'static str,
    pub title: &'static str,
    pub detail: String,
    pub retry_after_secs: Option<u64>,
    /// Adds `WWW-Authenticate: Bearer` (RFC 6750) to a 401.
    pub bearer_challenge: bool,
}

impl ApiProblem {
    pub fn new(status: StatusCode, code: &'static str, detail: impl Into<String>) -> ApiProblem {
        ApiProblem {
            status,
            code,
            title: title_for(code),
            detail: detail.into(),
            retry_after_secs: None,
            bearer_challenge: false,
        }
    }

    pub fn malformed(detail: impl Into<String>) -> ApiProblem {
        ApiProblem::new(StatusCode::BAD_REQUEST, codes::MALFORMED_PACKAGE, detail)
    }

    pub fn internal(detail: impl Into<String>) -> ApiProblem {
        ApiProblem::new(StatusCode::INTERNAL_SERVER_ERROR, codes::INTERNAL, detail)
    }

    pub fn body(&self) -> Problem {
        Problem {
            problem_type: format!("{PROBLEM_TYPE_PREFIX}{}", self.code),
            title: self.title.to_owned(),
            status: self.status.as_u16(),
            detail: Some(self.detail.clone()),
            code: self.code.to_owned(),
        }
    }
}

/// Short, fixed titles: RFC 9457 says the title should not change from occurrence to occurrence.
fn title_for(code: &str) -> &'static str {
    match code {
        codes::MALFORMED_PACKAGE => "The submission is not a well-formed package",
        codes::UNSUPPORTED_SCHEMA => "The manifest schema version is not supported",
        codes::HASH_MISMATCH => "A file does not match the hash in the manifest",
        codes::BAD_SIGNATURE => "The manifest signature does not verify",
        codes::PACKAGE_TOO_LARGE => "The package is larger than this server accepts",
        codes::MISSING_IDEMPOTENCY_KEY => "A valid Idempotency-Key header is required",
        codes::IDEMPOTENCY_CONFLICT => "This Idempotency-Key was used for a different package",
        codes::RATE_LIMITED => "Too many submissions from this installation",
        codes::NOT_FOUND => "No such submission",
        codes::BAD_WITHDRAWAL_SIGNATURE => {
            "The withdrawal request is not signed by the submitting installation"
        }
        "unavailable" => "The service is temporarily unavailable",
        UNAUTHORIZED => "A valid bearer token is required",
        FORBIDDEN => "This token is not valid for this tenant",
        _ => "Internal error",
    }
}

impl IntoResponse for ApiProblem {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.body()).unwrap_or_default();
        let mut response = (self.status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(PROBLEM_CONTENT_TYPE),
        );
        if self.bearer_challenge {
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"coverready-intake\""),
            );
        }
        if let Some(secs) = self.retry_after_secs {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}
