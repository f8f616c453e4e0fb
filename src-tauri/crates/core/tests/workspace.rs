//! The workspace against a real store file: settings, assessments and the action plan ticks.

use coverready_checklist::{AnswerValue, Mode};
use coverready_core::{AnswerInput, ErrorCode, Language, OrgInput, Settings, Workspace};

fn add_org(ws: &mut Workspace, name: &str) -> coverready_core::Organisation {
    ws.create_org(&OrgInput {
        name: name.into(),
        profile: Default::default(),
    })
    .unwrap()
}

/// Saves one answer without a note.
fn answer_one(ws: &mut Workspace, org: i64, question: &str, value: AnswerValue) {
    ws.answer(
        org,
        &[AnswerInput {
            question: question.into(),
            value: Some(value),
            note: None,
        }],
    )
    .unwrap();
}

fn workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::open(dir.path());
    (dir, ws)
}

#[test]
fn settings_persist_and_bad_values_are_refused() {
    let (dir, mut ws) = workspace();
    let saved = ws
        .update_settings(&Settings {
            language: Language::ZhCn,
            text_scale: 200,
            high_contrast: true,
        })
        .unwrap();
    assert_eq!(saved.text_scale, 200);
    drop(ws);
    let ws = Workspace::open(dir.path());
    assert_eq!(
        ws.settings(),
        Settings {
            language: Language::ZhCn,
            text_scale: 200,
            high_contrast: true
        }
    );
    let mut ws = ws;
    let err = ws
        .update_settings(&Settings {
            language: Language::EnUs,
            text_scale: 175,
            high_contrast: false,
        })
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidArgument);
    assert_eq!(
        ws.settings().language,
        Language::ZhCn,
        "nothing saved from a refused change"
    );
}

#[test]
fn action_ticks_survive_a_new_assessment_and_unknown_questions_are_refused() {
    let (_dir, mut ws) = workspace();
    let org = add_org(&mut ws, "Shop");
    ws.answer(
        org.id,
        &[AnswerInput {
            question: "identity.mfa-email".into(),
            value: Some(AnswerValue::No),
            note: Some("owner only".into()),
        }],
    )
    .unwrap();
    let r = ws
        .set_action_done(org.id, "identity.mfa-email", true)
        .unwrap();
    assert_eq!(r.done_actions, vec!["identity.mfa-email".to_string()]);
    ws.start_assessment(org.id, Mode::Quick).unwrap();
    let r = ws.readiness(org.id).unwrap();
    assert_eq!(r.done_actions, vec!["identity.mfa-email".to_string()]);
    assert_eq!(r.readiness.mode, Mode::Quick);
    assert_eq!(ws.assessment_history(org.id).unwrap().len(), 2);
    let r = ws
        .set_action_done(org.id, "identity.mfa-email", false)
        .unwrap();
    assert!(r.done_actions.is_empty());
    assert_eq!(
        ws.set_action_done(org.id, "nope", true).unwrap_err().code,
        ErrorCode::UnknownQuestion
    );
}

#[test]
fn a_bad_note_refuses_the_batch() {
    let (_dir, mut ws) = workspace();
    let org = add_org(&mut ws, "Shop");
    let err = ws
        .answer(
            org.id,
            &[
                AnswerInput {
                    question: "identity.mfa-email".into(),
                    value: Some(AnswerValue::Yes),
                    note: None,
                },
                AnswerInput {
                    question: "backup.automatic".into(),
                    value: Some(AnswerValue::Yes),
                    note: Some("x".repeat(2001)),
                },
            ],
        )
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidNote);
    assert_eq!(err.details["question"], "backup.automatic");
    assert!(ws.current_assessment(org.id).unwrap().is_none());
}

/// One probe run on a recorded Debian 12 fixture case, which must give the verdict it is named
/// after.
fn debian_scan(probe: &str, case: &str) -> coverready_scan::ScanReport {
    use coverready_scan::{run_scan, OsFamily, ReplayHost, ScanOptions};
    let dir = format!(
        "{}/../../../tests/fixtures/linux/debian-12/{probe}/{case}",
        env!("CARGO_MANIFEST_DIR")
    );
    let options = ScanOptions {
        only: Some(vec![probe.into()]),
        ..ScanOptions::default()
    };
    let report = run_scan(&ReplayHost::new(OsFamily::Linux, &dir), &options, &|_| {});
    assert_eq!(report.findings[0].verdict.as_str(), case);
    report
}

#[test]
fn a_contradicting_scan_is_visible_in_readiness_until_the_owner_decides() {
    let (_dir, mut ws) = workspace();
    let org = add_org(&mut ws, "Clinic");
    answer_one(&mut ws, org.id, "network.encryption", AnswerValue::Yes);
    // A recorded Debian machine whose system disk is not encrypted.
    let report = debian_scan("disk-encryption", "fail");
    ws.save_local_scan(Some(org.id), &report).unwrap();

    let r = ws.readiness(org.id).unwrap();
    assert_eq!(r.contradictions, vec!["network.encryption".to_string()]);
    assert_eq!(
        r.verification["network.encryption"],
        coverready_core::Verification::Contradicted
    );

    // The owner keeps the answer: recorded, and no longer an open contradiction.
    let view = ws.keep_answer(org.id, "network.encryption", true).unwrap();
    assert!(view.contradictions.is_empty());
    assert_eq!(
        ws.readiness(org.id).unwrap().verification["network.encryption"],
        coverready_core::Verification::ContradictedOwnerKept
    );
    // Changing the answer voids the decision: a "partly" is reconciled afresh.
    answer_one(&mut ws, org.id, "network.encryption", AnswerValue::Partly);
    assert_eq!(
        ws.readiness(org.id).unwrap().verification["network.encryption"],
        coverready_core::Verification::Contradicted
    );
    // Answering "no" agrees with the scan.
    answer_one(&mut ws, org.id, "network.encryption", AnswerValue::No);
    let r = ws.readiness(org.id).unwrap();
    assert!(r.contradictions.is_empty());
    assert_eq!(
        r.verification["network.encryption"],
        coverready_core::Verification::VerifiedByScan
    );
}

/// A passing scan of this computer backs a "yes" only in part: the question asks about every
/// system, and the report must not say "verified" for the ones no scan saw.
#[test]
fn a_passing_scan_of_this_computer_partly_verifies_a_yes_about_every_system() {
    let (_dir, mut ws) = workspace();
    let org = add_org(&mut ws, "Clinic");
    answer_one(&mut ws, org.id, "patching.end-of-life", AnswerValue::Yes);
    let report = debian_scan("os-supported", "pass");
    let view = ws.record_local_scan(org.id, report).unwrap().reconciliation;
    assert_eq!(
        view.verification["patching.end-of-life"],
        coverready_core::Verification::PartlyVerifiedByScan
    );
    let q = view
        .questions
        .iter()
        .find(|q| q.question == "patching.end-of-life")
        .unwrap();
    assert_eq!(q.outcome, coverready_scan::Outcome::PartlyShown);
    let open: Vec<&str> = q.missing().map(|p| p.part.as_str()).collect();
    assert_eq!(open, ["other-systems"]);
}

/// Domain checks in the coverage file are named `domain.<check>` after a real check.
#[test]
fn the_coverage_file_names_real_domain_checks() {
    let known: Vec<String> = coverready_domain::CheckId::ALL
        .iter()
        .map(|c| format!("domain.{}", c.as_str()))
        .collect();
    for c in coverready_scan::evidence::coverage() {
        for p in &c.parts {
            for check in p.shown_by.iter().chain(&p.refuted_by) {
                if check.starts_with("domain.") {
                    assert!(
                        known.contains(check),
                        "{}: unknown check {check}",
                        c.question
                    );
                }
            }
        }
    }
}

/// Saving a report for a broker copies the PDF and its JSON twin, complete or not at all.
#[test]
fn a_report_is_saved_with_its_json_twin_and_no_partial_files() {
    let (dir, mut ws) = workspace();
    let org = add_org(&mut ws, "Clinic (fictional)");
    let files = ws.write_report(org.id, Language::ZhCn, None).unwrap();
    let out = tempfile::tempdir().unwrap();
    let saved = ws
        .copy_report(&files.pdf_path, &out.path().join("for-broker"))
        .unwrap();
    // Exactly the chosen name; the twin beside it gains .json.
    assert_eq!(saved, out.path().join("for-broker"));
    assert!(saved.is_file());
    assert!(out.path().join("for-broker.json").is_file());
    let names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    // A folder that does not exist: a clear error, nothing half-written left behind.
    let missing = out.path().join("no-such-folder/report");
    let e = ws.copy_report(&files.pdf_path, &missing).unwrap_err();
    assert_eq!(e.code, coverready_core::ErrorCode::ReportUnwritable);
    assert!(!out.path().join("no-such-folder").exists());
    // Only the app's own reports can be copied.
    let outside = dir.path().join("other.pdf");
    std::fs::write(&outside, b"%PDF").unwrap();
    assert!(ws
        .copy_report(outside.to_str().unwrap(), &out.path().join("x"))
        .is_err());
}

/// "Save a copy" keeps the owner's file name (dots and all) and never replaces a JSON twin the
/// save dialog did not ask about.
#[test]
fn a_saved_copy_keeps_the_chosen_name_and_never_replaces_an_unasked_twin() {
    let (_dir, mut ws) = workspace();
    let org = add_org(&mut ws, "Clinic (fictional)");
    let files = ws.write_report(org.id, Language::ZhCn, None).unwrap();
    let out = tempfile::tempdir().unwrap();
    let chosen = out.path().join("a.b.final");
    assert_eq!(ws.copy_report(&files.pdf_path, &chosen).unwrap(), chosen);
    assert_eq!(
        std::fs::read(&chosen).unwrap(),
        std::fs::read(&files.pdf_path).unwrap()
    );
    assert_eq!(
        std::fs::read(out.path().join("a.b.final.json")).unwrap(),
        std::fs::read(&files.json_path).unwrap()
    );
    assert!(!out.path().join("a.b.pdf").exists());
    // A name ending in .pdf: the twin replaces .pdf by .json.
    let pdf = out.path().join("v2.pdf");
    ws.copy_report(&files.pdf_path, &pdf).unwrap();
    assert!(out.path().join("v2.json").is_file());

    // The dialog asked about the PDF (replaced), not about the twin already there (refused,
    // named, untouched; the PDF untouched too).
    let old_pdf = out.path().join("old.pdf");
    let old_json = out.path().join("old.json");
    std::fs::write(&old_pdf, b"old pdf").unwrap();
    std::fs::write(&old_json, b"old twin").unwrap();
    let e = ws.copy_report(&files.pdf_path, &old_pdf).unwrap_err();
    assert_eq!(e.code, coverready_core::ErrorCode::ReportUnwritable);
    assert_eq!(e.details["cause"], "already_exists");
    assert_eq!(e.details["path"], old_json.display().to_string());
    let zh = e.localized(&Language::ZhCn.localizer());
    assert!(
        zh.contains("old.json") && zh.contains("同名的文件已经存在"),
        "{zh}"
    );
    assert_eq!(std::fs::read(&old_pdf).unwrap(), b"old pdf");
    assert_eq!(std::fs::read(&old_json).unwrap(), b"old twin");
    // Without a twin in the way, the PDF the dialog asked about is replaced.
    std::fs::remove_file(&old_json).unwrap();
    ws.copy_report(&files.pdf_path, &old_pdf).unwrap();
    assert_ne!(std::fs::read(&old_pdf).unwrap(), b"old pdf");

    // A name ending in .json would be a twin itself: refused, nothing written.
    let e = ws
        .copy_report(&files.pdf_path, &out.path().join("x.json"))
        .unwrap_err();
    assert_eq!(e.details["cause"], "twin_collision");
    assert!(!out.path().join("x.json").exists());
    // A folder is never replaced, and no orphan twin is left beside it.
    let folder = out.path().join("folder.pdf");
    std::fs::create_dir(&folder).unwrap();
    let e = ws.copy_report(&files.pdf_path, &folder).unwrap_err();
    assert_eq!(e.details["cause"], "is_a_directory");
    assert!(!out.path().join("folder.json").exists());
    let names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn a_scan_for_an_unknown_organisation_is_refused_before_any_probe_runs() {
    let (_dir, ws) = workspace();
    let shared = std::sync::Mutex::new(ws);
    let started = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = started.clone();
    let err = coverready_core::scan_and_record(
        &shared,
        999,
        move |_| {
            seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        },
        &coverready_core::CancelToken::new(),
    )
    .unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    assert_eq!(started.load(std::sync::atomic::Ordering::SeqCst), 0);
}

#[test]
fn an_oversized_ui_ready_report_is_refused() {
    let report = |screen: &str| coverready_core::UiReadyReport {
        screen: screen.to_owned(),
        language: Language::EnUs,
        org_names: vec!["Fictional Shop".into()],
    };
    assert!(report("home").validate().is_ok());
    let err = report(&"x".repeat(65)).validate().unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidArgument);
    assert_eq!(err.details.get("field").map(String::as_str), Some("report"));
}
