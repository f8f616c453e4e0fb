//! The wire format of protocol version 1, shared by the client and the reference intake server so
//! that both sides read and write exactly the same shapes. The normative description is
//! `assets/protocol/` (OpenAPI and JSON Schemas); a test keeps the two in step.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Version of `manifest.json`. A server refuses versions it does not know.
pub const MANIFEST_SCHEMA_VERSION: u32 = 1;
/// Version of the signed receipt payload.
pub const RECEIPT_VERSION: u32 = 1;
/// Identifies the protocol in `GET /api/v1/health`.
pub const PROTOCOL_NAME: &str = "coverready-submission/1";

pub const SUBMISSIONS_PATH: &str = "/api/v1/submissions";
pub const HEALTH_PATH: &str = "/api/v1/health";
/// The newest signed content pack the platform publishes (`.coverready-content` bytes).
pub const CONTENT_LATEST_PATH: &str = "/api/v1/content/latest";

pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";
/// Set on a response that repeats the stored answer to an earlier request with the same key.
pub const IDEMPOTENT_REPLAY_HEADER: &str = "Idempotent-Replayed";
pub const WITHDRAWAL_TIMESTAMP_HEADER: &str = "CoverReady-Timestamp";
pub const WITHDRAWAL_SIGNATURE_HEADER: &str = "CoverReady-Signature";
/// How far a withdrawal's timestamp may be from the server's clock.
pub const WITHDRAWAL_MAX_SKEW_SECS: i64 = 600;

pub const PART_MANIFEST: &str = "manifest.json";
pub const PART_SIGNATURE: &str = "manifest.sig";
pub const PART_REPORT_PDF: &str = "report.pdf";
pub const PART_REPORT_JSON: &str = "report.json";
/// Every multipart part of a submission, in the order the client sends them.
pub const PARTS: [&str; 4] = [
    PART_MANIFEST,
    PART_SIGNATURE,
    PART_REPORT_PDF,
    PART_REPORT_JSON,
];

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";
/// Problem `type` URIs are `urn:coverready:problem:<code>`: stable, and not tied to a host name.
pub const PROBLEM_TYPE_PREFIX: &str = "urn:coverready:problem:";

/// What a package carries. Both kinds travel the same signed, consent-first way with the same
/// two files (`report.pdf` is the package's PDF, `report.json` its JSON twin); the kind tells the
/// receiver which document it is, so that a claim pack is routed to claims and never counted as
/// a readiness report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "submission.ts")]
pub enum PackageKind {
    /// The readiness report, when applying for cover.
    #[default]
    ReadinessReport,
    /// An incident's claim pack, after cover.
    ClaimPack,
}

impl PackageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PackageKind::ReadinessReport => "readiness_report",
            PackageKind::ClaimPack => "claim_pack",
        }
    }

    pub fn parse(text: &str) -> Option<PackageKind> {
        match text {
            "readiness_report" => Some(PackageKind::ReadinessReport),
            "claim_pack" => Some(PackageKind::ClaimPack),
            _ => None,
        }
    }

    /// Readiness reports leave `kind` out of the manifest, so that servers written before claim
    /// packs existed keep accepting them byte for byte.
    pub fn is_readiness_report(&self) -> bool {
        *self == PackageKind::ReadinessReport
    }
}

/// `manifest.json`: what the package is, signed as the exact bytes sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub schema_version: u32,
    /// Absent means a readiness report.
    #[serde(default, skip_serializing_if = "PackageKind::is_readiness_report")]
    pub kind: PackageKind,
    pub report_id: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub app_version: String,
    /// Only the organisation fields the owner chose to share.
    pub organisation: BTreeMap<String, String>,
    /// The readiness summary (gate, scores, coverage) of a readiness report; of a claim pack, the
    /// claim's summary (incident kind, discovery and notice times, log head).
    pub readiness_summary: serde_json::Value,
    /// The report files, each with its SHA-256; `manifest.json` and `manifest.sig` are not listed.
    pub parts: Vec<ManifestPart>,
    pub public_key: PublicKeyInfo,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestPart {
    pub name: String,
    pub media_type: String,
    pub size: u64,
    /// Lower-case hex.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicKeyInfo {
    /// Always `ed25519` in version 1.
    pub algorithm: String,
    /// The 32-byte public key, standard base64.
    pub key: String,
}

/// What the platform signs when it acknowledges a submission or a withdrawal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptPayload {
    pub receipt_version: u32,
    pub submission_id: String,
    pub report_id: String,
    /// SHA-256 (hex) of the exact `manifest.json` bytes received: ties the receipt to the package.
    pub manifest_sha256: String,
    /// `received` or `withdrawn`.
    pub status: String,
    pub issued_at: String,
}

/// A receipt as it travels: the payload is base64 of its JSON bytes, so the signature covers an
/// unambiguous byte string and nobody has to canonicalise JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "submission.ts")]
pub struct SignedReceipt {
    pub payload: String,
    /// Ed25519 signature of the decoded payload bytes, base64.
    pub signature: String,
    /// The platform's Ed25519 public key, base64.
    pub public_key: String,
}

/// Body of `201` from POST, `200` from GET and DELETE.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionStatus {
    pub submission_id: String,
    /// `received` or `withdrawn`.
    pub status: String,
    pub report_id: String,
    pub received_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn_at: Option<String>,
    pub receipt: SignedReceipt,
}

/// RFC 9457 problem details, plus a stable machine-readable `code`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub problem_type: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    pub code: String,
}

/// `GET /api/v1/health`: lets the client learn the platform's receipt key before sending anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub protocol: String,
    pub receipt_public_key: String,
    pub max_body_bytes: u64,
}

/// The bytes an installation signs to withdraw a submission. Binding the id and a timestamp keeps a
/// captured request from being replayed for another submission or much later.
pub fn withdrawal_message(submission_id: &str, timestamp: &str) -> Vec<u8> {
    format!("coverready-withdrawal-v1\n{submission_id}\n{timestamp}").into_bytes()
}

/// Stable problem codes (the `code` member; `type` is the prefix plus the same code).
pub mod problem_codes {
    pub const MALFORMED_PACKAGE: &str = "malformed_package";
    pub const UNSUPPORTED_SCHEMA: &str = "unsupported_schema";
    pub const HASH_MISMATCH: &str = "hash_mismatch";
    pub const BAD_SIGNATURE: &str = "bad_signature";
    pub const PACKAGE_TOO_LARGE: &str = "package_too_large";
    pub const MISSING_IDEMPOTENCY_KEY: &str = "missing_idempotency_key";
    pub const IDEMPOTENCY_CONFLICT: &str = "idempotency_conflict";
    pub const RATE_LIMITED: &str = "rate_limited";
    pub const NOT_FOUND: &str = "not_found";
    pub const BAD_WITHDRAWAL_SIGNATURE: &str = "bad_withdrawal_signature";
    pub const INTERNAL: &str = "internal";
}
