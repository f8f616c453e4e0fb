//! Reconciliation rules (documented in src/reconcile.rs).

use coverready_checklist::AnswerValue;
use coverready_scan::{reconcile, Evidence, Finding, Outcome, UnknownReason, Verdict};
use std::collections::BTreeMap;

fn finding(probe: &str, verdict: Verdict, questions: &[&str]) -> Finding {
    Finding {
        probe: probe.into(),
        checked: "test".into(),
        verdict,
        evidence: vec![Evidence {
            source: "cmd: test".into(),
            excerpt: "FileVault is Off.".into(),
            facts: Default::default(),
        }],
        duration_ms: 1,
        questions: questions.iter().map(|q| q.to_string()).collect(),
    }
}

fn one(probe: &str, verdict: Verdict, answer: Option<AnswerValue>) -> Outcome {
    // disk-encryption cannot confirm network.encryption; os-supported can confirm its question.
    let q = if probe == "os-supported" {
        "patching.end-of-life"
    } else {
        "network.encryption"
    };
    let mut answers = BTreeMap::new();
    if let Some(a) = answer {
        answers.insert(q.to_string(), a);
    }
    let rows = reconcile(&[finding(probe, verdict, &[q])], &answers);
    assert_eq!(rows.len(), 1);
    rows[0].outcome
}

#[test]
fn rules() {
    use AnswerValue::*;
    use Outcome::*;
    let p = "os-supported";
    assert_eq!(one(p, Verdict::Pass, Some(Yes)), Confirms);
    assert_eq!(one(p, Verdict::Pass, Some(Partly)), Confirms);
    assert_eq!(one(p, Verdict::Pass, Some(No)), ScanSuggestsYes);
    assert_eq!(one(p, Verdict::Pass, Some(NotSure)), ScanSuggestsYes);
    assert_eq!(one(p, Verdict::Pass, None), ScanSuggestsYes);
    assert_eq!(one(p, Verdict::Fail, Some(Yes)), Contradicts);
    assert_eq!(one(p, Verdict::Fail, Some(Partly)), Contradicts);
    assert_eq!(one(p, Verdict::Fail, Some(No)), Confirms);
    assert_eq!(one(p, Verdict::Fail, Some(NotSure)), ScanSuggestsNo);
    assert_eq!(one(p, Verdict::Fail, None), ScanSuggestsNo);
    for reason in UnknownReason::ALL {
        assert_eq!(one(p, Verdict::unknown(reason), Some(Yes)), NoOpinion);
        assert_eq!(one(p, Verdict::unknown(reason), Some(No)), NoOpinion);
    }
    assert_eq!(one(p, Verdict::NotApplicable, Some(Yes)), NoOpinion);
    assert_eq!(one(p, Verdict::Fail, Some(NotApplicable)), NoOpinion);
}

#[test]
fn a_partial_check_can_contradict_but_never_confirm() {
    use AnswerValue::*;
    let p = "disk-encryption";
    assert_eq!(one(p, Verdict::Pass, Some(Yes)), Outcome::NoOpinion);
    assert_eq!(one(p, Verdict::Pass, Some(No)), Outcome::NoOpinion);
    assert_eq!(one(p, Verdict::Fail, Some(Yes)), Outcome::Contradicts);
}

#[test]
fn rows_carry_the_evidence_and_serialise_snake_case() {
    let f = finding("os-supported", Verdict::Fail, &["patching.end-of-life"]);
    let mut answers = BTreeMap::new();
    answers.insert("patching.end-of-life".to_string(), AnswerValue::Yes);
    let rows = reconcile(&[f], &answers);
    assert_eq!(rows[0].evidence_excerpt, "FileVault is Off.");
    let json = serde_json::to_value(&rows[0]).unwrap();
    assert_eq!(json["outcome"], "contradicts");
    assert_eq!(json["answer"], "yes");
    let unknown = serde_json::to_value(finding(
        "x",
        Verdict::unknown(UnknownReason::NeedsFullDiskAccess),
        &[],
    ))
    .unwrap();
    assert_eq!(unknown["verdict"], "unknown");
    assert_eq!(unknown["reason"], "needs_full_disk_access");
}
