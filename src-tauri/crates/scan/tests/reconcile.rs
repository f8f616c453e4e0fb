//! Reconciliation rules (documented in src/reconcile.rs), on the real coverage file
//! (assets/evidence/coverage.json).

use coverready_checklist::AnswerValue;
use coverready_scan::{
    reconcile, Evidence, Finding, Outcome, PartStatus, QuestionEvidence, UnknownReason, Verdict,
};
use std::collections::BTreeMap;

fn finding(probe: &str, verdict: Verdict) -> Finding {
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
        // Deliberately wrong: reconciliation reads today's coverage file, not what a stored
        // finding once said.
        questions: vec!["network.external-scan".into()],
    }
}

fn answers(pairs: &[(&str, AnswerValue)]) -> BTreeMap<String, AnswerValue> {
    pairs.iter().map(|(q, a)| (q.to_string(), *a)).collect()
}

fn question<'a>(evidence: &'a [QuestionEvidence], id: &str) -> &'a QuestionEvidence {
    evidence
        .iter()
        .find(|e| e.question == id)
        .unwrap_or_else(|| panic!("no evidence for {id}: {evidence:?}"))
}

fn status(e: &QuestionEvidence, part: &str) -> PartStatus {
    e.parts.iter().find(|p| p.part == part).unwrap().status
}

const EMAIL: &str = "email.domain-protection";

#[test]
fn one_passing_spf_check_does_not_suggest_yes_for_spf_dkim_and_dmarc() {
    let r = reconcile(&[finding("domain.spf", Verdict::Pass)], &answers(&[]));
    let e = question(&r.questions, EMAIL);
    assert_eq!(e.outcome, Outcome::PartlyShown);
    assert_eq!(status(e, "spf"), PartStatus::Shown);
    assert_eq!(status(e, "dkim"), PartStatus::NotChecked);
    assert_eq!(status(e, "dmarc"), PartStatus::NotChecked);
    let missing: Vec<&str> = e.missing().map(|p| p.part.as_str()).collect();
    assert_eq!(missing, ["dkim", "dmarc"]);
    assert_eq!(
        e.parts[1].label_key,
        "scan-part-email-domain-protection-dkim"
    );
    assert!(r
        .rows
        .iter()
        .all(|row| row.outcome != Outcome::ScanSuggestsYes));
}

#[test]
fn all_three_records_together_suggest_yes_for_the_records_question() {
    // The question asks for SPF, DKIM and DMARC and nothing else (one fact): the three passing
    // records show every part of it, and only then is "yes" suggested or a "yes" confirmed.
    let all = [
        finding("domain.spf", Verdict::Pass),
        finding("domain.dkim", Verdict::Pass),
        finding("domain.dmarc", Verdict::Pass),
    ];
    let none = reconcile(&all, &answers(&[]));
    let e = question(&none.questions, EMAIL);
    assert_eq!(e.missing().count(), 0);
    assert_eq!(e.outcome, Outcome::ScanSuggestsYes);
    let yes = reconcile(&all, &answers(&[(EMAIL, AnswerValue::Yes)]));
    assert_eq!(question(&yes.questions, EMAIL).outcome, Outcome::Confirms);
    // Two of the three leave it open, whatever the owner answered.
    let two = reconcile(&all[..2], &answers(&[(EMAIL, AnswerValue::Yes)]));
    assert_eq!(
        question(&two.questions, EMAIL).outcome,
        Outcome::PartlyShown
    );
}

#[test]
fn a_website_certificate_says_nothing_about_a_quarterly_vulnerability_scan() {
    let r = reconcile(
        &[finding("domain.certificate", Verdict::Pass)],
        &answers(&[]),
    );
    assert!(r
        .questions
        .iter()
        .all(|e| e.question != "network.external-scan"));
    assert!(r
        .rows
        .iter()
        .all(|row| row.question != "network.external-scan"));
    // And one HTTPS check alone does not show HTTPS: the part needs all four.
    let e = question(&r.questions, "network.website-security");
    assert_eq!(status(e, "https"), PartStatus::NotChecked);
    assert_eq!(e.outcome, Outcome::NoOpinion);
}

#[test]
fn one_failing_part_contradicts_a_yes_whatever_else_passed() {
    use AnswerValue::*;
    let findings = [
        finding("domain.spf", Verdict::Pass),
        finding("domain.dkim", Verdict::Fail),
        finding("domain.dmarc", Verdict::Pass),
    ];
    let outcome = |a: Option<AnswerValue>| {
        let given = a.map(|a| answers(&[(EMAIL, a)])).unwrap_or_default();
        question(&reconcile(&findings, &given).questions, EMAIL).outcome
    };
    assert_eq!(outcome(Some(Yes)), Outcome::Contradicts);
    assert_eq!(outcome(Some(Partly)), Outcome::Contradicts);
    assert_eq!(outcome(Some(No)), Outcome::Confirms);
    assert_eq!(outcome(Some(NotSure)), Outcome::ScanSuggestsNo);
    assert_eq!(outcome(None), Outcome::ScanSuggestsNo);
    assert_eq!(outcome(Some(NotApplicable)), Outcome::NoOpinion);
    // The failing row carries the contradiction (and its evidence), the passing ones do not.
    let r = reconcile(&findings, &answers(&[(EMAIL, Yes)]));
    let contradicting: Vec<&str> = r
        .rows
        .iter()
        .filter(|row| row.outcome == Outcome::Contradicts)
        .map(|row| row.probe.as_str())
        .collect();
    assert_eq!(contradicting, ["domain.dkim"]);
}

#[test]
fn a_check_that_can_only_refute_never_shows_a_part() {
    // updates-recent (an update in 30 days) cannot show "critical updates within 14 days".
    let q = "patching.critical-fast";
    let pass = reconcile(
        &[finding("updates-recent", Verdict::Pass)],
        &answers(&[(q, AnswerValue::Yes)]),
    );
    assert_eq!(question(&pass.questions, q).outcome, Outcome::NoOpinion);
    assert_eq!(pass.rows[0].outcome, Outcome::NoOpinion);
    let fail = reconcile(
        &[finding("updates-recent", Verdict::Fail)],
        &answers(&[(q, AnswerValue::Yes)]),
    );
    let e = question(&fail.questions, q);
    assert_eq!(e.outcome, Outcome::Contradicts);
    assert_eq!(status(e, "within-14-days"), PartStatus::Refuted);
    assert_eq!(e.parts[0].checks, ["updates-recent"]);
}

#[test]
fn unknown_and_not_applicable_findings_have_no_opinion() {
    let q = "patching.end-of-life";
    for reason in UnknownReason::ALL {
        let r = reconcile(
            &[finding("os-supported", Verdict::unknown(reason))],
            &answers(&[(q, AnswerValue::Yes)]),
        );
        assert_eq!(question(&r.questions, q).outcome, Outcome::NoOpinion);
        assert_eq!(r.rows[0].outcome, Outcome::NoOpinion);
    }
    // A check that does not apply on this OS neither shows nor hides; the others decide.
    let r = reconcile(
        &[
            finding("remote-desktop", Verdict::NotApplicable),
            finding("exposed-services", Verdict::Pass),
        ],
        &answers(&[]),
    );
    let e = question(&r.questions, "network.no-exposed-remote-desktop");
    assert_eq!(status(e, "this-computer"), PartStatus::Shown);
    assert_eq!(e.parts[0].checks, ["exposed-services"]);
}

#[test]
fn this_computer_does_not_vouch_for_the_others() {
    let q = "patching.end-of-life";
    let r = reconcile(
        &[finding("os-supported", Verdict::Pass)],
        &answers(&[(q, AnswerValue::No)]),
    );
    let e = question(&r.questions, q);
    assert_eq!(e.outcome, Outcome::PartlyShown);
    assert_eq!(status(e, "this-computer"), PartStatus::Shown);
    assert_eq!(status(e, "other-systems"), PartStatus::OwnerOnly);
    assert_eq!(r.rows[0].outcome, Outcome::PartlyShown);
}

#[test]
fn rows_carry_the_evidence_and_serialise_snake_case() {
    let f = finding("os-supported", Verdict::Fail);
    let r = reconcile(
        &[f],
        &answers(&[("patching.end-of-life", AnswerValue::Yes)]),
    );
    assert_eq!(r.rows.len(), 1);
    assert_eq!(r.rows[0].question, "patching.end-of-life");
    assert_eq!(r.rows[0].evidence_excerpt, "FileVault is Off.");
    let json = serde_json::to_value(&r.rows[0]).unwrap();
    assert_eq!(json["outcome"], "contradicts");
    assert_eq!(json["answer"], "yes");
    let q = serde_json::to_value(&r.questions[0]).unwrap();
    assert_eq!(q["parts"][0]["status"], "refuted");
    assert_eq!(q["parts"][1]["status"], "owner_only");
    let unknown = serde_json::to_value(finding(
        "x",
        Verdict::unknown(UnknownReason::NeedsFullDiskAccess),
    ))
    .unwrap();
    assert_eq!(unknown["verdict"], "unknown");
    assert_eq!(unknown["reason"], "needs_full_disk_access");
}
