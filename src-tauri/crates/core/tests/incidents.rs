//! After cover, against a real store file at a fixed clock: the policy, each kind's steps and
//! deadlines, ticks, the hash-chained log (edited, deleted and reordered rows found with SQLite
//! itself), evidence files and the claim pack.

use coverready_core::incidents::MAX_EVIDENCE_BYTES;
use coverready_core::{Error, ErrorCode, Language, OrgInput, Replace, Workspace};
use coverready_incident::{steps_for, BreakReason, Kind, Renewal, TimeFlag};

/// 2026-12-03T10:00:00+08:00.
const NOW: i64 = 1_796_263_200;
const HOUR: i64 = 3_600;

fn workspace() -> (tempfile::TempDir, Workspace, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = Workspace::open(dir.path());
    let org = ws
        .create_org(&OrgInput {
            name: "Firm".into(),
            profile: Default::default(),
        })
        .unwrap()
        .id;
    (dir, ws, org)
}

fn set(ws: &mut Workspace, org: i64, pairs: &[&str]) -> Result<(), Error> {
    let owned: Vec<String> = pairs.iter().map(|s| s.to_string()).collect();
    ws.set_policy(org, &owned, NOW).map(|_| ())
}

fn with_policy() -> (tempfile::TempDir, Workspace, i64) {
    let (dir, mut ws, org) = workspace();
    set(
        &mut ws,
        org,
        &[
            "insurer=Example insurer",
            "policy_number=P-2026-1",
            "start=2026-01-01",
            "end=2026-12-31",
            "notice_hours=72",
            "hotline=400 000 0000",
            "limit.cyber-extortion=500000",
        ],
    )
    .unwrap();
    (dir, ws, org)
}

fn message(e: &Error, language: Language) -> String {
    e.localized(&language.localizer())
}

#[test]
fn each_kind_has_its_steps_and_deadlines_at_a_fixed_clock() {
    let (_dir, mut ws, org) = with_policy();
    for kind in Kind::ALL {
        let discovered = "2026-12-03T09:00:00+08:00";
        let view = ws
            .start_incident(org, kind.as_str(), Some(discovered), "owner", NOW)
            .unwrap();
        let ids: Vec<&str> = view.steps.iter().map(|s| s.id.as_str()).collect();
        let expected: Vec<&str> = steps_for(kind).iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, expected, "{}", kind.as_str());
        assert!(view.steps.iter().all(|s| s.done_at.is_none()));
        assert!(view.steps.iter().all(|s| !s.source.title.is_empty()));
        let notice = view
            .deadlines
            .iter()
            .find(|d| d.id == "insurer-notice")
            .unwrap();
        assert_eq!(notice.due_at.as_deref(), Some("2026-12-06T09:00:00+08:00"));
        assert_eq!(notice.remaining_hours, Some(71.0));
        let cac = view.deadlines.iter().find(|d| d.id == "cac-4h");
        if matches!(kind, Kind::PaymentFraud | Kind::LostDevice) {
            assert!(cac.is_none(), "{}", kind.as_str());
        } else {
            let cac = cac.unwrap();
            assert_eq!(cac.due_at.as_deref(), Some("2026-12-03T13:00:00+08:00"));
            assert_eq!(cac.remaining_hours, Some(3.0));
            assert!(!cac.overdue);
        }
        // Five hours later the 4-hour report is overdue.
        let later = ws.incident_view(view.id, NOW + 4 * HOUR).unwrap();
        if let Some(cac) = later.deadlines.iter().find(|d| d.id == "cac-4h") {
            assert!(cac.overdue);
            assert_eq!(cac.remaining_hours, Some(-1.0));
        }
        let numbers: Vec<&str> = view
            .contacts
            .iter()
            .filter_map(|c| c.number.as_deref())
            .collect();
        assert_eq!(numbers, ["400 000 0000", "12387", "110", "96110"]);
    }
}

#[test]
fn a_future_discovery_is_refused_and_nothing_is_stored() {
    let (_dir, mut ws, org) = with_policy();
    let e = ws
        .start_incident(
            org,
            "ransomware",
            Some("2026-12-03T10:00:01+08:00"),
            "",
            NOW,
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidArgument);
    assert!(
        message(&e, Language::EnUs).contains("in the future"),
        "{e:?}"
    );
    assert!(message(&e, Language::ZhCn).contains("还没有到"));
    assert!(ws.incident_ids(org).unwrap().is_empty());
    let e = ws.start_incident(org, "flood", None, "", NOW).unwrap_err();
    assert!(message(&e, Language::EnUs).contains("ransomware, payment-fraud"));
    let e = ws
        .start_incident(org, "website", Some("yesterday"), "", NOW)
        .unwrap_err();
    assert!(message(&e, Language::ZhCn).contains("RFC 3339"));
    assert!(ws.incident_ids(org).unwrap().is_empty());
}

#[test]
fn a_discovery_before_the_policy_start_is_flagged() {
    let (_dir, mut ws, org) = with_policy();
    // 2025-12-31 23:00 Beijing time: before the policy's first day.
    let view = ws
        .start_incident(org, "data-leak", Some("2025-12-31T15:00:00Z"), "", NOW)
        .unwrap();
    assert_eq!(view.flags, [TimeFlag::BeforePolicyStart]);
    let view = ws
        .start_incident(org, "data-leak", Some("2026-01-01T00:00:00+08:00"), "", NOW)
        .unwrap();
    assert!(view.flags.is_empty());
}

#[test]
fn ticks_are_logged_with_their_time_and_refused_when_wrong() {
    let (_dir, mut ws, org) = with_policy();
    let id = ws
        .start_incident(
            org,
            "payment-fraud",
            Some("2026-12-03T08:00:00+08:00"),
            "",
            NOW,
        )
        .unwrap()
        .id;
    let entry = ws
        .tick_step(
            id,
            "bank-recall",
            Some("2026-12-03T08:10:00+08:00"),
            "Li",
            NOW,
        )
        .unwrap();
    assert_eq!(entry.seq, 2);
    assert_eq!(entry.who, "Li");
    let view = ws.incident_view(id, NOW).unwrap();
    assert_eq!(
        view.steps[0].done_at.as_deref(),
        Some("2026-12-03T08:10:00+08:00")
    );
    for (step, at, id_part) in [
        ("bank-recall", None, "step-ticked"),
        ("no-ransom", None, "unknown-step"),
        (
            "police-110",
            Some("2026-12-03T11:00:00+08:00"),
            "future-time",
        ),
        (
            "police-110",
            Some("2026-12-03T07:00:00+08:00"),
            "before-discovery",
        ),
    ] {
        let e = ws.tick_step(id, step, at, "", NOW).unwrap_err();
        assert_eq!(
            e.details.get("message_id").map(String::as_str),
            Some(format!("incident-error-{id_part}").as_str()),
            "{step} {at:?}"
        );
    }
    assert_eq!(ws.incident_view(id, NOW).unwrap().entries.len(), 2);
    let e = ws.tick_step(999, "isolate", None, "", NOW).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
}

fn logged_incident(ws: &mut Workspace, org: i64) -> i64 {
    let id = ws
        .start_incident(
            org,
            "ransomware",
            Some("2026-12-03T08:00:00+08:00"),
            "",
            NOW,
        )
        .unwrap()
        .id;
    for text in ["first note", "second note", "third note"] {
        ws.log_incident(id, text, None, None, "owner", NOW).unwrap();
    }
    assert!(ws.verify_incident(id).unwrap().intact);
    id
}

fn tamper(ws: &Workspace, sql: &str) {
    let conn = rusqlite::Connection::open(ws.store_path()).unwrap();
    conn.execute_batch(&format!(
        "DROP TRIGGER IF EXISTS incident_entry_no_update; {sql}"
    ))
    .unwrap();
}

#[test]
fn an_edited_row_is_named() {
    let (_dir, mut ws, org) = workspace();
    let id = logged_incident(&mut ws, org);
    tamper(
        &ws,
        "UPDATE incident_entry SET text = 'nothing happened' WHERE seq = 3",
    );
    let status = ws.verify_incident(id).unwrap();
    assert!(!status.intact);
    let broken = status.broken.unwrap();
    assert_eq!((broken.seq, broken.reason), (3, BreakReason::Altered));
}

#[test]
fn a_deleted_row_is_named() {
    let (_dir, mut ws, org) = workspace();
    let id = logged_incident(&mut ws, org);
    tamper(&ws, "DELETE FROM incident_entry WHERE seq = 2");
    let broken = ws.verify_incident(id).unwrap().broken.unwrap();
    assert_eq!((broken.seq, broken.reason), (3, BreakReason::Link));
    // The last row cut off: the head kept with the incident shows it.
    let (_dir, mut ws, org) = workspace();
    let id = logged_incident(&mut ws, org);
    tamper(&ws, "DELETE FROM incident_entry WHERE seq = 4");
    let broken = ws.verify_incident(id).unwrap().broken.unwrap();
    assert_eq!(broken.reason, BreakReason::Truncated);
}

#[test]
fn a_changed_discovery_time_or_kind_is_named() {
    let (_dir, mut ws, org) = workspace();
    let id = logged_incident(&mut ws, org);
    // An hour later on paper: inside a notice period that had passed.
    tamper(
        &ws,
        "UPDATE incident SET discovered_at = discovered_at + 3600",
    );
    let broken = ws.verify_incident(id).unwrap().broken.unwrap();
    assert_eq!((broken.seq, broken.reason), (1, BreakReason::Altered));
    let (_dir, mut ws, org) = workspace();
    let id = logged_incident(&mut ws, org);
    tamper(&ws, "UPDATE incident SET kind = 'other'");
    let broken = ws.verify_incident(id).unwrap().broken.unwrap();
    assert_eq!((broken.seq, broken.reason), (1, BreakReason::Altered));
}

#[test]
fn reordered_rows_are_named() {
    let (_dir, mut ws, org) = workspace();
    let id = logged_incident(&mut ws, org);
    // Swap the numbers of entries 2 and 3.
    tamper(
        &ws,
        "UPDATE incident_entry SET seq = -1 WHERE seq = 2;
         UPDATE incident_entry SET seq = 2 WHERE seq = 3;
         UPDATE incident_entry SET seq = 3 WHERE seq = -1;",
    );
    let broken = ws.verify_incident(id).unwrap().broken.unwrap();
    assert_eq!(broken.seq, 2);
    // A correction is a new entry: the log stays intact.
    let (_dir, mut ws, org) = workspace();
    let id = logged_incident(&mut ws, org);
    ws.log_incident(
        id,
        "correction: the second note was at 08:30",
        None,
        None,
        "",
        NOW,
    )
    .unwrap();
    assert!(ws.verify_incident(id).unwrap().intact);
}

#[test]
fn evidence_is_copied_with_its_hash() {
    let (dir, mut ws, org) = workspace();
    let id = logged_incident(&mut ws, org);
    let source = dir.path().join("ransom note.txt");
    std::fs::write(&source, b"pay us").unwrap();
    let entry = ws
        .log_incident(id, "the note", Some(&source), None, "", NOW)
        .unwrap();
    let evidence = entry.evidence.unwrap();
    use sha2::Digest;
    let expected: String = sha2::Sha256::digest(b"pay us")
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(evidence.sha256, expected);
    let stored = dir.path().join(&evidence.stored);
    assert_eq!(std::fs::read(&stored).unwrap(), b"pay us");
    assert_eq!(evidence.size, 6);
    assert_eq!(evidence.name, "ransom note.txt");
    assert!(evidence.stored.starts_with(&format!("incidents/{id}/")));
    let leftovers: Vec<_> = std::fs::read_dir(ws.incident_dir(id))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".incoming"))
        .collect();
    assert!(leftovers.is_empty());
    assert!(ws.verify_incident(id).unwrap().intact);
}

#[test]
fn evidence_over_200_mb_is_refused_and_nothing_is_copied() {
    let (dir, mut ws, org) = workspace();
    let id = logged_incident(&mut ws, org);
    let big = dir.path().join("disk.img");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(MAX_EVIDENCE_BYTES + 1).unwrap();
    let e = ws
        .log_incident(id, "image", Some(&big), None, "", NOW)
        .unwrap_err();
    assert_eq!(
        e.details.get("message_id").map(String::as_str),
        Some("incident-error-evidence-too-big")
    );
    assert!(message(&e, Language::EnUs).contains("200 MB"));
    assert!(message(&e, Language::ZhCn).contains("200 MB"));
    assert!(
        !ws.incident_dir(id).exists()
            || std::fs::read_dir(ws.incident_dir(id))
                .unwrap()
                .next()
                .is_none(),
        "nothing copied"
    );
    assert_eq!(ws.verify_incident(id).unwrap().count, 4, "no entry added");
    // Exactly 200 MB is accepted.
    file.set_len(MAX_EVIDENCE_BYTES).unwrap();
    let entry = ws
        .log_incident(id, "image", Some(&big), None, "", NOW)
        .unwrap();
    assert_eq!(entry.evidence.unwrap().size, MAX_EVIDENCE_BYTES);
}

#[test]
fn a_vanished_or_unreadable_evidence_file_is_said_plainly() {
    let (dir, mut ws, org) = workspace();
    let id = logged_incident(&mut ws, org);
    let gone = dir.path().join("gone.txt");
    let e = ws
        .log_incident(id, "x", Some(&gone), None, "", NOW)
        .unwrap_err();
    assert_eq!(
        e.details.get("message_id").map(String::as_str),
        Some("incident-error-evidence-unreadable")
    );
    assert!(message(&e, Language::EnUs).contains("gone.txt"));
    let e = ws
        .log_incident(id, "x", Some(dir.path()), None, "", NOW)
        .unwrap_err();
    assert_eq!(
        e.details.get("message_id").map(String::as_str),
        Some("incident-error-evidence-not-file")
    );
    assert_eq!(ws.verify_incident(id).unwrap().count, 4);
}

#[test]
fn policy_values_are_validated_with_the_valid_ones_listed() {
    let (_dir, mut ws, org) = workspace();
    let e = set(&mut ws, org, &["colour=red"]).unwrap_err();
    let en = message(&e, Language::EnUs);
    assert!(
        en.contains("insurer, policy_number") && en.contains("limit.<cover type>"),
        "{en}"
    );
    assert!(message(&e, Language::ZhCn).contains("不是保单的字段"));
    let e = set(&mut ws, org, &["limit.flood=1"]).unwrap_err();
    assert!(message(&e, Language::EnUs).contains("cyber-extortion"));
    let e = set(&mut ws, org, &["start=2026-06-01", "end=2026-05-01"]).unwrap_err();
    assert!(message(&e, Language::ZhCn).contains("必须晚于"));
    let e = set(&mut ws, org, &["retention=-1"]).unwrap_err();
    assert!(message(&e, Language::EnUs).contains("not an amount"));
    assert_eq!(ws.policy(org).unwrap(), None, "nothing saved");
}

#[test]
fn the_policy_shows_its_gaps_and_renewal() {
    let (_dir, mut ws, org) = with_policy();
    let view = ws.policy_view(org, NOW).unwrap();
    assert!(!view.recommended.is_empty());
    assert!(view.gaps.contains(&"incident-response".to_owned()));
    assert!(!view.gaps.contains(&"cyber-extortion".to_owned()));
    set(&mut ws, org, &["limit.incident-response=200000"]).unwrap();
    let view = ws.policy_view(org, NOW).unwrap();
    assert!(!view.gaps.contains(&"incident-response".to_owned()));
    // The policy ends 2026-12-31 24:00 Beijing time: 29 days (rounded up) after NOW.
    assert!(matches!(
        view.renewal,
        Some(Renewal::Due {
            days_before: 30,
            days_left: 29,
            ..
        })
    ));
    assert_eq!(ws.due_renewals(NOW).unwrap().len(), 1);
    let early = NOW - 200 * 86_400;
    assert!(matches!(
        ws.renewal_reminder(org, early).unwrap(),
        Some(Renewal::NotYet { .. })
    ));
    assert!(ws.due_renewals(early).unwrap().is_empty());
}

#[test]
fn the_claim_pack_is_written_with_its_twin_and_never_clobbers() {
    let (dir, mut ws, org) = with_policy();
    let id = logged_incident(&mut ws, org);
    ws.tick_step(id, "insurer-hotline", None, "", NOW).unwrap();
    let out = dir.path().join("pack.pdf");
    let files = ws
        .write_claim_pack(id, Language::EnUs, &out, Replace::Never, NOW)
        .unwrap();
    assert!(out.is_file());
    let twin: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("pack.json")).unwrap()).unwrap();
    assert_eq!(twin["incident_id"], id);
    assert_eq!(twin["policy"]["policy_number"], "P-2026-1");
    assert_eq!(twin["hotline_called_at"], "2026-12-03T10:00:00+08:00");
    assert!(twin["written_notice_at"].is_null());
    assert_eq!(twin["chain"]["intact"], true);
    assert!(twin["readiness_report"].is_null());
    assert!(files.pages >= 1);
    let e = ws
        .write_claim_pack(id, Language::EnUs, &out, Replace::Never, NOW)
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::ReportUnwritable);
    ws.write_claim_pack(id, Language::ZhCn, &out, Replace::Allowed, NOW)
        .unwrap();
    // With a readiness report written by the app, its fingerprint is in the pack.
    let report = ws.write_report(org, Language::EnUs, None).unwrap();
    let input = ws.claim_pack_input(id, Language::EnUs, NOW).unwrap();
    let readiness = input.readiness_report.unwrap();
    assert_eq!(readiness.json_sha256, report.json_sha256);
    assert_eq!(readiness.report_id, report.report_id);
}

#[test]
fn every_kind_step_deadline_contact_and_field_has_its_text_in_both_languages() {
    let (_dir, mut ws, org) = with_policy();
    let mut ids = vec![
        "incident-contact-insurer".to_owned(),
        "incident-contact-broker".to_owned(),
    ];
    for kind in Kind::ALL {
        ids.push(format!("incident-kind-{}", kind.as_str()));
        let view = ws
            .start_incident(org, kind.as_str(), None, "", NOW)
            .unwrap();
        ids.extend(view.steps.iter().map(|s| format!("incident-step-{}", s.id)));
        ids.extend(
            view.deadlines
                .iter()
                .map(|d| format!("incident-deadline-{}", d.id)),
        );
        ids.extend(
            view.contacts
                .iter()
                .map(|c| format!("incident-contact-{}", c.id)),
        );
    }
    ids.extend(
        coverready_incident::POLICY_KEYS
            .iter()
            .map(|k| format!("incident-policy-field-{k}")),
    );
    ids.extend(
        coverready_core::policy::cover_types()
            .iter()
            .map(|c| format!("risk-coverage-{c}")),
    );
    for reason in [
        BreakReason::Altered,
        BreakReason::Link,
        BreakReason::Truncated,
    ] {
        ids.push(format!("incident-break-{}", reason.as_str()));
    }
    for flag in [TimeFlag::BeforePolicyStart, TimeFlag::AfterPolicyEnd] {
        ids.push(format!("incident-flag-{}", flag.as_str()));
    }
    for language in [Language::ZhCn, Language::EnUs] {
        let l10n = language.localizer();
        let missing: Vec<&String> = ids.iter().filter(|id| !l10n.has(id)).collect();
        assert!(missing.is_empty(), "{language:?}: {missing:?}");
    }
}

#[test]
fn the_apps_claim_pack_is_kept_in_the_incidents_folder_and_only_it_is_opened_or_copied() {
    let (dir, mut ws, org) = with_policy();
    let id = logged_incident(&mut ws, org);
    let files = ws.make_claim_pack(id, Language::EnUs, NOW + HOUR).unwrap();
    let pdf = std::path::PathBuf::from(&files.pdf_path);
    assert_eq!(pdf.parent().unwrap(), ws.incident_dir(id));
    let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("claim-pack-") && name.ends_with("Z.pdf"),
        "{name}"
    );
    assert!(std::path::Path::new(&files.json_path).is_file());
    // The same second again (made, then made afresh to send): a name of its own; the first
    // pack is never clobbered.
    let before = std::fs::read(&pdf).unwrap();
    let again = ws.make_claim_pack(id, Language::EnUs, NOW + HOUR).unwrap();
    assert_eq!(
        std::path::Path::new(&again.pdf_path)
            .file_name()
            .unwrap()
            .to_string_lossy(),
        name.replace(".pdf", "-2.pdf")
    );
    assert!(std::path::Path::new(&again.json_path).is_file());
    assert_eq!(std::fs::read(&pdf).unwrap(), before);
    assert_eq!(
        ws.own_claim_pack(&files.pdf_path).unwrap(),
        pdf.canonicalize().unwrap()
    );
    assert_eq!(ws.claim_pack_file_name(&files.pdf_path).unwrap(), name);
    // Nothing else in the data folder, nor anything outside it, is the window's to name.
    let stray = dir.path().join("incidents").join("notes.pdf");
    std::fs::write(&stray, b"%PDF").unwrap();
    for path in [
        stray.display().to_string(),
        "/etc/passwd".into(),
        "../x.pdf".into(),
    ] {
        assert_eq!(
            ws.own_claim_pack(&path).unwrap_err().code,
            ErrorCode::InvalidArgument,
            "{path}"
        );
    }
    let copy = dir.path().join("copy.pdf");
    ws.copy_claim_pack(&files.pdf_path, &copy).unwrap();
    assert_eq!(std::fs::read(&copy).unwrap(), std::fs::read(&pdf).unwrap());
    assert!(dir.path().join("copy.json").is_file());
    // No incident: no pack.
    assert_eq!(
        ws.make_claim_pack(99, Language::EnUs, NOW)
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
    // The list the window shows: every incident of the business, as its view.
    let list = ws.incidents(org, NOW + HOUR).unwrap();
    assert_eq!(list.iter().map(|v| v.id).collect::<Vec<_>>(), vec![id]);
}
