//! The JSON twin: the report's data, versioned by `assets/schemas/report-1.schema.json`.
//! The PDF prints this document's SHA-256 so an insurer can check the two belong together.

use serde::Serialize;

use crate::error::ReportError;
use crate::input::{
    AnsweredQuestion, CoverageRecommendation, FindingSummary, LossScenario, OrgSummary, ReportInput,
};
use coverready_checklist::Readiness;

/// `schema` value of the JSON twin; bump with the schema file when the shape changes.
pub const REPORT_SCHEMA_ID: &str = "coverready/report/1";

#[derive(Serialize)]
struct ReportJson<'a> {
    schema: &'static str,
    report_id: &'a str,
    generated_at: &'a str,
    language: &'a str,
    app_version: &'a str,
    organisation: &'a OrgSummary,
    checklist: Checklist<'a>,
    content_version: Option<&'a str>,
    readiness: &'a Readiness,
    answers: &'a [AnsweredQuestion],
    findings: &'a [FindingSummary],
    loss_scenarios: &'a [LossScenario],
    coverages: &'a [CoverageRecommendation],
}

#[derive(Serialize)]
struct Checklist<'a> {
    id: &'a str,
    version: &'a str,
}

/// Pretty-printed (insurers read it too), struct field order fixed and the profile a BTreeMap,
/// so the bytes depend only on the input.
pub fn report_json(input: &ReportInput) -> Result<Vec<u8>, ReportError> {
    let doc = ReportJson {
        schema: REPORT_SCHEMA_ID,
        report_id: &input.report_id,
        generated_at: &input.generated_at,
        language: &input.language,
        app_version: &input.app_version,
        organisation: &input.organisation,
        checklist: Checklist {
            id: &input.pack_id,
            version: &input.pack_version,
        },
        content_version: input.content_version.as_deref(),
        readiness: &input.readiness,
        answers: &input.answers,
        findings: &input.findings,
        loss_scenarios: &input.loss_scenarios,
        coverages: &input.coverages,
    };
    let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| ReportError::Json {
        detail: e.to_string(),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}
