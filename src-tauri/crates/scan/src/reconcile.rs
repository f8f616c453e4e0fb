//! Compares scan findings with the owner's checklist answers. Pure.
//!
//! For each finding and each question it speaks to:
//!
//! | scan verdict | owner's answer          | outcome              |
//! |--------------|-------------------------|----------------------|
//! | pass         | yes / partly            | `confirms`           |
//! | pass         | no / not sure / none    | `scan_suggests_yes`  |
//! | fail         | yes / partly            | `contradicts`        |
//! | fail         | no                      | `confirms`           |
//! | fail         | not sure / none         | `scan_suggests_no`   |
//! | unknown / not applicable | anything    | `no_opinion` (the answer stays self-attested) |
//! | anything     | not applicable          | `no_opinion`         |
//!
//! When a probe checks only one necessary part of a question (`can_confirm: false` in the
//! catalogue), a pass is `no_opinion`: this one computer passing cannot vouch for the whole
//! answer, but a failure still contradicts it.

use crate::model::{Finding, Verdict};
use crate::probes::probes;
use coverready_checklist::AnswerValue;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Confirms,
    Contradicts,
    /// The scan passed but the owner answered no or not sure (or nothing): suggest updating.
    ScanSuggestsYes,
    /// The scan failed and the owner has not answered or is not sure.
    ScanSuggestsNo,
    NoOpinion,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reconciliation {
    pub question: String,
    pub probe: String,
    pub outcome: Outcome,
    pub answer: Option<AnswerValue>,
    /// The first evidence excerpt (already redacted), for showing why.
    pub evidence_excerpt: String,
}

/// One row per (finding, question) pair, in finding order.
pub fn reconcile(
    findings: &[Finding],
    answers: &BTreeMap<String, AnswerValue>,
) -> Vec<Reconciliation> {
    let mut out = Vec::new();
    for f in findings {
        let can_confirm = probes()
            .iter()
            .find(|p| p.id == f.probe)
            .is_none_or(|p| p.can_confirm);
        for q in &f.questions {
            let answer = answers.get(q).copied();
            let outcome = outcome(f.verdict, answer, can_confirm);
            out.push(Reconciliation {
                question: q.clone(),
                probe: f.probe.clone(),
                outcome,
                answer,
                evidence_excerpt: f
                    .evidence
                    .first()
                    .map(|e| e.excerpt.chars().take(300).collect())
                    .unwrap_or_default(),
            });
        }
    }
    out
}

fn outcome(verdict: Verdict, answer: Option<AnswerValue>, can_confirm: bool) -> Outcome {
    use AnswerValue::*;
    match (verdict, answer) {
        (_, Some(NotApplicable)) => Outcome::NoOpinion,
        (Verdict::Unknown { .. } | Verdict::NotApplicable, _) => Outcome::NoOpinion,
        (Verdict::Pass, _) if !can_confirm => Outcome::NoOpinion,
        (Verdict::Pass, Some(Yes | Partly)) => Outcome::Confirms,
        (Verdict::Pass, Some(No | NotSure) | None) => Outcome::ScanSuggestsYes,
        (Verdict::Fail, Some(Yes | Partly)) => Outcome::Contradicts,
        (Verdict::Fail, Some(No)) => Outcome::Confirms,
        (Verdict::Fail, Some(NotSure) | None) => Outcome::ScanSuggestsNo,
    }
}
