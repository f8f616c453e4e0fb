//! What a report is made from. Everything is plain data (serde both ways) so the CLI, the Tauri
//! command and the tests build it the same way, and the JSON twin is this data plus a schema tag.

use coverready_checklist::{AnswerValue, Profile, Readiness};
use serde::{Deserialize, Serialize};

/// Everything the report shows. Texts that come from outside the content pack (finding titles,
/// scenario and coverage titles) are already localised by the caller.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportInput {
    /// Printed on every page and in the JSON; the caller makes it unique (e.g. `CR-20250301-0007`).
    pub report_id: String,
    /// RFC 3339 with offset, e.g. `2025-03-01T10:30:00+08:00`. Supplied by the caller so that
    /// the same input always gives the same bytes.
    pub generated_at: String,
    /// `zh-CN` or `en-US`.
    pub language: String,
    pub app_version: String,
    pub organisation: OrgSummary,
    pub pack_id: String,
    pub pack_version: String,
    /// The content pack version the answers were given under (`None`: from before content
    /// packs).
    #[serde(default)]
    pub content_version: Option<String>,
    pub readiness: Readiness,
    #[serde(default)]
    pub answers: Vec<AnsweredQuestion>,
    #[serde(default)]
    pub findings: Vec<FindingSummary>,
    #[serde(default)]
    pub loss_scenarios: Vec<LossScenario>,
    #[serde(default)]
    pub coverages: Vec<CoverageRecommendation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgSummary {
    pub name: String,
    #[serde(default)]
    pub profile: Profile,
}

/// How far an answer can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    /// The owner said so; nothing checked it.
    SelfAttested,
    /// Scans of this computer or the domain showed every part of the question.
    VerifiedByScan,
    /// Scans showed some parts of the answer and none disagrees; the rest is self-attested.
    PartlyVerifiedByScan,
    /// A scan disagrees with the answer and the owner has not resolved it yet.
    Contradicted,
    /// A scan disagrees and the owner kept the answer anyway.
    ContradictedOwnerKept,
}

impl Verification {
    pub fn as_str(self) -> &'static str {
        match self {
            Verification::SelfAttested => "self_attested",
            Verification::VerifiedByScan => "verified_by_scan",
            Verification::PartlyVerifiedByScan => "partly_verified_by_scan",
            Verification::Contradicted => "contradicted",
            Verification::ContradictedOwnerKept => "contradicted_owner_kept",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnsweredQuestion {
    /// Question id from the content pack, e.g. `identity.mfa-email`.
    pub question: String,
    /// `None`: not answered yet.
    pub value: Option<AnswerValue>,
    #[serde(default)]
    pub note: Option<String>,
    pub verification: Verification,
    /// RFC 3339.
    #[serde(default)]
    pub answered_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingSummary {
    pub probe: String,
    /// Already localised by the caller.
    pub title: String,
    /// `pass`, `fail`, `unknown` or `not_applicable`.
    pub verdict: String,
    #[serde(default)]
    pub reason: Option<String>,
    /// A short, already redacted excerpt.
    pub evidence: String,
    /// Question ids the probe speaks to.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Already localised limits of the finding (judged with content past its review date).
    #[serde(default)]
    pub caveats: Vec<String>,
}

/// A loss estimate in yuan; ranges, never a single number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LossScenario {
    pub title: String,
    pub low: f64,
    pub likely: f64,
    pub high: f64,
    pub assumptions: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoverageRecommendation {
    pub title: String,
    pub why: String,
}

/// The finished report in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedReport {
    pub pdf: Vec<u8>,
    /// The JSON twin (`assets/schemas/report-1.schema.json`).
    pub json: Vec<u8>,
    /// Lowercase hex SHA-256 of `pdf`.
    pub pdf_sha256: String,
    /// Lowercase hex SHA-256 of `json`; also printed in the PDF.
    pub json_sha256: String,
    pub pages: usize,
    /// What could not be rendered perfectly, e.g. each character the font lacks (printed as □).
    /// Empty when nothing was lost.
    pub warnings: Vec<crate::ReportWarning>,
}

/// The report on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenReport {
    pub pdf_path: std::path::PathBuf,
    pub json_path: std::path::PathBuf,
    pub pdf_sha256: String,
    pub json_sha256: String,
    pub pages: usize,
    pub warnings: Vec<crate::ReportWarning>,
}
