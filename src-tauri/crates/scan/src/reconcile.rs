//! Compares scan findings with the owner's checklist answers, question by question. Pure.
//!
//! A question is split into parts (`assets/evidence/coverage.json`, see [`crate::evidence`]).
//! Each part is *shown* (every check that shows it passed), *refuted* (one of its checks
//! failed), *not checked* (no verdict yet) or *owner only* (no scan can see it). Then:
//!
//! | parts                 | owner's answer          | outcome              |
//! |-----------------------|-------------------------|----------------------|
//! | one refuted           | yes / partly            | `contradicts`        |
//! | one refuted           | no                      | `confirms`           |
//! | one refuted           | not sure / none         | `scan_suggests_no`   |
//! | every part shown      | yes / partly            | `confirms`           |
//! | every part shown      | no / not sure / none    | `scan_suggests_yes`  |
//! | some shown, none refuted | anything             | `partly_shown` (says what is still open) |
//! | nothing shown or refuted | anything             | `no_opinion`         |
//! | anything              | not applicable          | `no_opinion`         |
//!
//! So a scan never suggests "yes" for more than it saw: one passing SPF check does not vouch
//! for DKIM and DMARC, and this computer does not vouch for the others.

use crate::evidence::{coverage, QuestionCoverage, QuestionPart};
use crate::model::{Finding, Verdict};
use coverready_checklist::AnswerValue;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "scan.ts")]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Confirms,
    Contradicts,
    /// Every part of the question was shown but the owner answered no or not sure (or
    /// nothing): suggest updating.
    ScanSuggestsYes,
    /// A part was refuted and the owner has not answered or is not sure.
    ScanSuggestsNo,
    /// Some parts were shown, none refuted, others are still open.
    PartlyShown,
    NoOpinion,
}

/// How far the scans saw one part of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "scan.ts")]
#[serde(rename_all = "snake_case")]
pub enum PartStatus {
    Shown,
    Refuted,
    /// A scan could show it but has not (not run, or no verdict).
    NotChecked,
    /// No scan can see it; only the owner can confirm it.
    OwnerOnly,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "scan.ts")]
pub struct PartEvidence {
    pub part: String,
    /// Locale key naming the part (`scan-part-<question>-<part>`).
    pub label_key: String,
    pub status: PartStatus,
    /// The checks that decided: the failing ones when refuted, else the ones that showed it.
    pub checks: Vec<String>,
}

/// Everything the scans say about one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
// `answer` is typed by path, not by dependency: a dependency would make this crate's test
// binary rewrite checklist.ts with AnswerValue alone (ts-rs overwrites a file on its first
// write in each process).
#[ts(export, export_to = "scan.ts")]
pub struct QuestionEvidence {
    pub question: String,
    #[ts(type = "import(\"./checklist\").AnswerValue | null")]
    pub answer: Option<AnswerValue>,
    pub outcome: Outcome,
    pub parts: Vec<PartEvidence>,
}

impl QuestionEvidence {
    /// The parts still open: everything not shown.
    pub fn missing(&self) -> impl Iterator<Item = &PartEvidence> {
        self.parts.iter().filter(|p| p.status != PartStatus::Shown)
    }
}

/// One finding next to one question it speaks to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "scan.ts")]
pub struct Reconciliation {
    pub question: String,
    pub probe: String,
    /// What this finding means for the answer: a failing finding contradicts (or confirms a
    /// "no"); a passing one shares its question's outcome, or `no_opinion` when it can only
    /// refute.
    pub outcome: Outcome,
    #[ts(type = "import(\"./checklist\").AnswerValue | null")]
    pub answer: Option<AnswerValue>,
    /// The first evidence excerpt (already redacted), for showing why.
    pub evidence_excerpt: String,
}

/// The rows per finding and the verdict per question.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reconciled {
    /// One row per (finding, question) pair, in finding order.
    pub rows: Vec<Reconciliation>,
    /// One entry per question some finding speaks to, in the order of the coverage file.
    pub questions: Vec<QuestionEvidence>,
}

/// Reconciles `findings` (local probes by id, domain checks as `domain.<check>`) with the
/// answers. Which questions a finding speaks to comes from the coverage file, not from the
/// stored finding, so scans kept before a correction are read with today's rules.
pub fn reconcile(findings: &[Finding], answers: &BTreeMap<String, AnswerValue>) -> Reconciled {
    let verdicts: BTreeMap<&str, Verdict> = findings
        .iter()
        .map(|f| (f.probe.as_str(), f.verdict))
        .collect();
    // Every question some finding speaks to, judged once, in the coverage file's order.
    let mentions = |c: &QuestionCoverage, probe: &str| c.parts.iter().any(|p| p.mentions(probe));
    let judged: Vec<(&QuestionCoverage, QuestionEvidence)> = coverage()
        .iter()
        .filter(|c| findings.iter().any(|f| mentions(c, &f.probe)))
        .map(|c| {
            let answer = answers.get(&c.question).copied();
            (c, judge_question(c, &verdicts, answer))
        })
        .collect();

    let mut rows = Vec::new();
    for f in findings {
        for (c, evidence) in judged.iter().filter(|(c, _)| mentions(c, &f.probe)) {
            let can_show = c.parts.iter().any(|p| p.shown_by.contains(&f.probe));
            rows.push(Reconciliation {
                outcome: row_outcome(f.verdict, evidence, can_show),
                question: c.question.clone(),
                probe: f.probe.clone(),
                answer: evidence.answer,
                evidence_excerpt: f
                    .evidence
                    .first()
                    .map(|e| e.excerpt.chars().take(300).collect())
                    .unwrap_or_default(),
            });
        }
    }
    let questions = judged.into_iter().map(|(_, e)| e).collect();
    Reconciled { rows, questions }
}

fn judge_question(
    coverage: &QuestionCoverage,
    verdicts: &BTreeMap<&str, Verdict>,
    answer: Option<AnswerValue>,
) -> QuestionEvidence {
    let parts: Vec<PartEvidence> = coverage
        .parts
        .iter()
        .map(|p| {
            let (status, checks) = judge_part(p, verdicts);
            PartEvidence {
                part: p.id.clone(),
                label_key: coverage.part_label_key(&p.id),
                status,
                checks,
            }
        })
        .collect();
    let refuted = parts.iter().any(|p| p.status == PartStatus::Refuted);
    let all_shown = parts.iter().all(|p| p.status == PartStatus::Shown);
    let some_shown = parts.iter().any(|p| p.status == PartStatus::Shown);
    use AnswerValue::*;
    let outcome = match answer {
        Some(NotApplicable) => Outcome::NoOpinion,
        _ if refuted => refuted_outcome(answer),
        Some(Yes | Partly) if all_shown => Outcome::Confirms,
        Some(No | NotSure) | None if all_shown => Outcome::ScanSuggestsYes,
        _ if some_shown => Outcome::PartlyShown,
        _ => Outcome::NoOpinion,
    };
    QuestionEvidence {
        question: coverage.question.clone(),
        answer,
        outcome,
        parts,
    }
}

fn refuted_outcome(answer: Option<AnswerValue>) -> Outcome {
    match answer {
        Some(AnswerValue::Yes | AnswerValue::Partly) => Outcome::Contradicts,
        Some(AnswerValue::No) => Outcome::Confirms,
        Some(AnswerValue::NotApplicable) => Outcome::NoOpinion,
        Some(AnswerValue::NotSure) | None => Outcome::ScanSuggestsNo,
    }
}

fn judge_part(
    part: &QuestionPart,
    verdicts: &BTreeMap<&str, Verdict>,
) -> (PartStatus, Vec<String>) {
    let failed: Vec<String> = part
        .shown_by
        .iter()
        .chain(&part.refuted_by)
        .filter(|c| matches!(verdicts.get(c.as_str()), Some(Verdict::Fail)))
        .cloned()
        .collect();
    if !failed.is_empty() {
        return (PartStatus::Refuted, failed);
    }
    if !part.scannable() {
        return (PartStatus::OwnerOnly, Vec::new());
    }
    // A check that does not apply on this OS (SMBv1 on a Mac) neither shows nor hides the
    // part; at least one check must have passed.
    let verdict = |c: &String| verdicts.get(c.as_str()).copied();
    let settled = part
        .shown_by
        .iter()
        .all(|c| matches!(verdict(c), Some(Verdict::Pass | Verdict::NotApplicable)));
    let passed: Vec<String> = part
        .shown_by
        .iter()
        .filter(|c| verdict(c) == Some(Verdict::Pass))
        .cloned()
        .collect();
    if settled && !passed.is_empty() {
        (PartStatus::Shown, passed)
    } else {
        (PartStatus::NotChecked, Vec::new())
    }
}

fn row_outcome(verdict: Verdict, question: &QuestionEvidence, can_show: bool) -> Outcome {
    match (verdict, question.answer) {
        (_, Some(AnswerValue::NotApplicable)) => Outcome::NoOpinion,
        (Verdict::Fail, answer) => refuted_outcome(answer),
        (Verdict::Pass, _) if !can_show => Outcome::NoOpinion,
        (Verdict::Pass, _) => match question.outcome {
            o @ (Outcome::Confirms | Outcome::ScanSuggestsYes) => o,
            Outcome::PartlyShown => Outcome::PartlyShown,
            _ => Outcome::NoOpinion,
        },
        (Verdict::Unknown { .. } | Verdict::NotApplicable, _) => Outcome::NoOpinion,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every question of the real coverage file has a part only the owner can confirm, so
    /// "every part shown" is exercised on a made-up question.
    #[test]
    fn a_question_whose_every_part_is_shown_suggests_yes_or_confirms() {
        let coverage = QuestionCoverage {
            question: "made.up".into(),
            parts: vec![
                QuestionPart {
                    id: "a".into(),
                    shown_by: vec!["p1".into(), "p2".into()],
                    refuted_by: vec![],
                },
                QuestionPart {
                    id: "b".into(),
                    shown_by: vec!["p3".into()],
                    refuted_by: vec!["p4".into()],
                },
            ],
        };
        let verdicts: BTreeMap<&str, Verdict> = [
            ("p1", Verdict::Pass),
            ("p2", Verdict::Pass),
            ("p3", Verdict::Pass),
            ("p4", Verdict::Pass),
        ]
        .into_iter()
        .collect();
        use AnswerValue::*;
        let judge = |a| judge_question(&coverage, &verdicts, a).outcome;
        assert_eq!(judge(None), Outcome::ScanSuggestsYes);
        assert_eq!(judge(Some(No)), Outcome::ScanSuggestsYes);
        assert_eq!(judge(Some(NotSure)), Outcome::ScanSuggestsYes);
        assert_eq!(judge(Some(Yes)), Outcome::Confirms);
        assert_eq!(judge(Some(Partly)), Outcome::Confirms);
        let mut missing_one = verdicts.clone();
        missing_one.remove("p2");
        assert_eq!(
            judge_question(&coverage, &missing_one, None).outcome,
            Outcome::PartlyShown
        );
        let mut refuted = verdicts.clone();
        refuted.insert("p4", Verdict::Fail);
        assert_eq!(
            judge_question(&coverage, &refuted, Some(Yes)).outcome,
            Outcome::Contradicts
        );
    }
}
