//! A finding judged with content past its review date says so in its evidence: the recorded
//! Debian 12 fixture (tests/fixtures/linux/debian-12/os-supported/pass) replayed with its clock
//! before and after the end-of-life table's review-by date.

use std::path::{Path, PathBuf};

use coverready_scan::{run_scan, OsFamily, ReplayHost, ScanOptions, Verdict, STALE_DATASET_FACT};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn os_supported_at(now: Option<&str>) -> coverready_scan::Finding {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../tests/fixtures/linux/debian-12/os-supported/pass");
    let case = tempfile::tempdir().unwrap();
    copy_dir(&fixture, case.path());
    if let Some(now) = now {
        std::fs::write(case.path().join("now"), now).unwrap();
    }
    let host = ReplayHost::new(OsFamily::Linux, case.path());
    let options = ScanOptions {
        only: Some(vec!["os-supported".into()]),
        ..Default::default()
    };
    run_scan(&host, &options, &|_| {}).findings.remove(0)
}

#[test]
fn a_finding_judged_with_an_overdue_table_carries_a_note() {
    let finding = os_supported_at(Some("2027-06-01"));
    assert_ne!(finding.verdict, Verdict::NotApplicable);
    let notes: Vec<_> = finding
        .evidence
        .iter()
        .filter(|e| e.facts.contains_key(STALE_DATASET_FACT))
        .collect();
    assert_eq!(notes.len(), 1, "{:#?}", finding.evidence);
    let facts = &notes[0].facts;
    assert_eq!(facts[STALE_DATASET_FACT], "eol");
    assert_eq!(facts["review_by"], "2027-03-01");
    assert_eq!(facts["days_overdue"], 92);
    assert_eq!(facts["content_version"], "1.0.0");
}

#[test]
fn before_the_review_date_there_is_no_note() {
    let finding = os_supported_at(None);
    assert!(finding
        .evidence
        .iter()
        .all(|e| !e.facts.contains_key(STALE_DATASET_FACT)));
}
