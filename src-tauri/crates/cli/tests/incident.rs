//! `policy` and `incident` through the real binary at a fixed clock (`COVERREADY_NOW`): steps
//! and deadlines per kind, refused times, the log's hash chain against rows edited in the
//! SQLite file, evidence over 200 MB, and the claim pack read back with pdftotext in both
//! languages.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{json, stderr, stdout};

/// The fixed clock of these tests.
const NOW: &str = "2026-12-03T10:00:00+08:00";

fn run(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coverready"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("COVERREADY_DATA_DIR")
        .env("COVERREADY_NOW", NOW)
        .env("LANG", "C")
        .output()
        .expect("run coverready")
}

fn ok(data: &Path, args: &[&str]) -> Output {
    let o = run(data, args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{args:?}: {}{}",
        stdout(&o),
        stderr(&o)
    );
    o
}

/// An organisation with a policy; answers its id.
fn setup(data: &Path) -> String {
    let org = json(&ok(
        data,
        &["--json", "org", "add", "--name", "Harbour Tea"],
    ));
    let id = org["id"].to_string();
    ok(
        data,
        &[
            "policy",
            "set",
            "--org",
            &id,
            "insurer=Example Mutual",
            "policy_number=CY-2026-0042",
            "start=2026-01-01",
            "end=2026-12-31",
            "retention=10000",
            "hotline=400 000 0000",
            "notice_hours=48",
            "broker=Zhang, 139 0000 0000",
            "limit.cyber-extortion=500000",
        ],
    );
    id
}

fn start(data: &Path, org: &str, kind: &str, discovered: &str) -> serde_json::Value {
    json(&ok(
        data,
        &[
            "--json",
            "incident",
            "start",
            "--org",
            org,
            "--kind",
            kind,
            "--discovered",
            discovered,
        ],
    ))
}

#[test]
fn each_kind_lists_its_steps_and_deadlines_at_the_clock() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let org = setup(data);
    for kind in coverready_incident::Kind::ALL {
        let view = start(data, &org, kind.as_str(), "2026-12-03T08:30:00+08:00");
        let steps: Vec<&str> = view["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap())
            .collect();
        let expected: Vec<&str> = coverready_incident::steps_for(kind)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(steps, expected, "{}", kind.as_str());
        let deadline = |id: &str| {
            view["deadlines"]
                .as_array()
                .unwrap()
                .iter()
                .find(|d| d["id"] == id)
                .cloned()
        };
        let notice = deadline("insurer-notice").unwrap();
        assert_eq!(notice["due_at"], "2026-12-05T08:30:00+08:00");
        assert_eq!(notice["remaining_hours"], 46.5);
        match deadline("cac-4h") {
            Some(cac) => {
                assert_eq!(cac["due_at"], "2026-12-03T12:30:00+08:00");
                assert_eq!(cac["remaining_hours"], 2.5);
            }
            None => assert!(matches!(
                kind,
                coverready_incident::Kind::PaymentFraud | coverready_incident::Kind::LostDevice
            )),
        }
    }
    let list = json(&ok(data, &["--json", "incident", "list", "--org", &org]));
    assert_eq!(
        list.as_array().unwrap().len(),
        coverready_incident::Kind::ALL.len()
    );
    let o = ok(
        data,
        &["--lang", "en-US", "incident", "list", "--org", &org],
    );
    assert!(stdout(&o).contains("2  Payment fraud"), "{}", stdout(&o));
    // In words: the first step of payment fraud is the bank, and who to call includes 96110.
    let o = ok(data, &["--lang", "en-US", "incident", "show", "--id", "2"]);
    let text = stdout(&o);
    assert!(text.contains("[ ] 1. Call your bank first"), "{text}");
    assert!(text.contains("Anti-fraud warning hotline: 96110"), "{text}");
    assert!(
        text.contains("Insurer’s 24-hour hotline: 400 000 0000"),
        "{text}"
    );
    let o = ok(data, &["--lang", "zh-CN", "incident", "show", "--id", "1"]);
    let text = stdout(&o);
    assert!(text.contains("还剩 2.5 小时"), "{text}");
    assert!(text.contains("12387"), "{text}");
}

#[test]
fn a_future_discovery_is_refused_in_the_owners_language() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let org = setup(data);
    for (lang, words) in [("en-US", "is in the future"), ("zh-CN", "还没有到")] {
        let o = run(
            data,
            &[
                "--lang",
                lang,
                "incident",
                "start",
                "--org",
                &org,
                "--kind",
                "ransomware",
                "--discovered",
                "2026-12-03T10:05:00+08:00",
            ],
        );
        assert_eq!(o.status.code(), Some(1));
        assert!(stderr(&o).contains(words), "{}", stderr(&o));
    }
    let o = run(data, &["--lang", "en-US", "incident", "show", "--id", "1"]);
    assert_eq!(o.status.code(), Some(1), "nothing was started");
    assert!(
        stderr(&o).contains("There is no incident 1"),
        "{}",
        stderr(&o)
    );
    // A discovery before the policy began is kept and flagged.
    let view = start(data, &org, "website", "2025-12-30T09:00:00+08:00");
    assert_eq!(view["flags"][0], "before_policy_start");
}

#[test]
fn the_log_verifies_until_a_row_is_edited_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let org = setup(data);
    start(data, &org, "ransomware", "2026-12-03T08:00:00+08:00");
    ok(
        data,
        &[
            "incident",
            "tick",
            "--id",
            "1",
            "--step",
            "isolate",
            "--at",
            "2026-12-03T08:05:00+08:00",
        ],
    );
    ok(
        data,
        &[
            "incident",
            "log",
            "--id",
            "1",
            "--text",
            "Ransom note on every screen",
        ],
    );
    ok(
        data,
        &[
            "incident",
            "log",
            "--id",
            "1",
            "--text",
            "Called the insurer",
        ],
    );
    let o = ok(
        data,
        &["--lang", "en-US", "incident", "verify", "--id", "1"],
    );
    assert!(stdout(&o).contains("intact (4 entries)"), "{}", stdout(&o));

    let conn = rusqlite::Connection::open(data.join("coverready.sqlite3")).unwrap();
    conn.execute_batch(
        "DROP TRIGGER incident_entry_no_update;
         UPDATE incident_entry SET text = 'Nothing on the screens' WHERE seq = 3;",
    )
    .unwrap();
    drop(conn);
    let o = run(
        data,
        &["--lang", "en-US", "incident", "verify", "--id", "1"],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("First broken entry: #3") && err.contains("edited"),
        "{err}"
    );
    let o = run(
        data,
        &["--lang", "zh-CN", "incident", "verify", "--id", "1"],
    );
    assert!(stderr(&o).contains("#3"), "{}", stderr(&o));
    assert!(stderr(&o).contains("被修改过"), "{}", stderr(&o));
}

#[test]
fn evidence_over_200_mb_is_refused_and_nothing_is_copied() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let org = setup(&data);
    start(&data, &org, "lost-device", "2026-12-03T08:00:00+08:00");
    let big = dir.path().join("laptop.img");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(200 * 1024 * 1024 + 1)
        .unwrap();
    let big = big.to_str().unwrap();
    let o = run(
        &data,
        &[
            "--lang",
            "en-US",
            "incident",
            "log",
            "--id",
            "1",
            "--text",
            "image",
            "--evidence",
            big,
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("at most 200 MB"), "{}", stderr(&o));
    assert!(stderr(&o).contains("Nothing was copied"), "{}", stderr(&o));
    let kept = data.join("incidents/1");
    assert!(!kept.exists() || std::fs::read_dir(&kept).unwrap().next().is_none());
    let view = json(&ok(&data, &["--json", "incident", "show", "--id", "1"]));
    assert_eq!(view["entries"].as_array().unwrap().len(), 1);
    // A file that is not there says so.
    let o = run(
        &data,
        &[
            "--lang",
            "zh-CN",
            "incident",
            "log",
            "--id",
            "1",
            "--text",
            "x",
            "--evidence",
            "/nonexistent/photo.jpg",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("无法读取"), "{}", stderr(&o));
}

#[test]
fn policy_input_is_refused_with_the_valid_values() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let org = setup(data);
    let o = run(
        data,
        &[
            "--lang",
            "en-US",
            "policy",
            "set",
            "--org",
            &org,
            "limit.flood=100",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("Valid cover types: incident-response"),
        "{}",
        stderr(&o)
    );
    let o = run(
        data,
        &[
            "--lang",
            "zh-CN",
            "policy",
            "set",
            "--org",
            &org,
            "colour=red",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("可用的字段：insurer"), "{}", stderr(&o));
    let o = run(
        data,
        &[
            "--lang",
            "en-US",
            "policy",
            "set",
            "--org",
            &org,
            "end=2025-06-01",
        ],
    );
    assert!(
        stderr(&o).contains("must end (2025-06-01) after it starts"),
        "{}",
        stderr(&o)
    );
    let view = json(&ok(data, &["--json", "policy", "show", "--org", &org]));
    assert_eq!(view["policy"]["end"], "2026-12-31", "unchanged");
    assert_eq!(view["renewal"]["state"], "due");
    assert_eq!(view["renewal"]["days_before"], 30);
    let o = ok(data, &["--lang", "en-US", "policy", "show", "--org", &org]);
    let text = stdout(&o);
    assert!(text.contains("has no limit for"), "{text}");
    assert!(
        text.contains("Incident response costs (incident-response)"),
        "{text}"
    );
    assert!(
        text.contains("Renewal reminder due (30 days before the end)"),
        "{text}"
    );
}

fn pdftotext(pdf: &Path) -> String {
    let o = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn the_claim_pack_reads_back_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let org = setup(&data);
    start(&data, &org, "ransomware", "2026-12-03T08:00:00+08:00");
    ok(
        &data,
        &[
            "incident",
            "tick",
            "--id",
            "1",
            "--step",
            "insurer-hotline",
            "--at",
            "2026-12-03T08:20:00+08:00",
            "--who",
            "Li Wei",
        ],
    );
    let note = dir.path().join("ransom-note.txt");
    std::fs::write(&note, "your files are encrypted").unwrap();
    let log = json(&ok(
        &data,
        &[
            "--json",
            "incident",
            "log",
            "--id",
            "1",
            "--text",
            "Photo of the ransom note",
            "--evidence",
            note.to_str().unwrap(),
        ],
    ));
    let sha = log["evidence"]["sha256"].as_str().unwrap().to_owned();
    for (lang, words) in [
        (
            "en-US",
            [
                "Claim pack",
                "Insurer’s hotline called",
                "Written notice given",
            ],
        ),
        (
            "zh-CN",
            ["理赔材料包", "已拨打保险公司报案电话", "已发出书面通知"],
        ),
    ] {
        let pdf = dir.path().join(format!("claim-{lang}.pdf"));
        let pdf_arg = pdf.to_str().unwrap();
        let o = ok(
            &data,
            &[
                "--lang", lang, "--json", "incident", "pack", "--id", "1", "--out", pdf_arg,
            ],
        );
        let files = json(&o);
        assert_eq!(files["pdf_path"], pdf_arg);
        // Every character of the pack is in the embedded font (none printed as □).
        assert_eq!(files["warnings"], serde_json::json!([]), "{lang}");
        let text = pdftotext(&pdf);
        for w in words {
            assert!(text.contains(w), "{lang}: {w} missing in\n{text}");
        }
        assert!(text.contains("CY-2026-0042"), "{text}");
        assert!(
            text.contains("2026-12-03 08:20 (+08:00)"),
            "hotline time: {text}"
        );
        assert!(text.contains(&sha), "evidence hash: {text}");
        assert!(text.contains("ransom-note.txt"), "{text}");
        assert!(text.contains("Li Wei"), "{text}");
        let twin: serde_json::Value =
            serde_json::from_slice(&std::fs::read(pdf.with_extension("json")).unwrap()).unwrap();
        assert_eq!(twin["language"], lang);
        assert_eq!(twin["evidence"][0]["sha256"], sha.as_str());
        // Never clobbered without --force.
        let o = run(
            &data,
            &[
                "--lang", lang, "incident", "pack", "--id", "1", "--out", pdf_arg,
            ],
        );
        assert_eq!(o.status.code(), Some(1));
        ok(
            &data,
            &[
                "--lang", lang, "incident", "pack", "--id", "1", "--out", pdf_arg, "--force",
            ],
        );
    }
}

/// The claim pack goes the readiness report's consent-first, signed way as its own package kind:
/// without `--consent` only the preview (worded for a claim pack) is shown; with it the intake
/// on loopback TLS receives a verified `claim_pack` whose PDF is the pack, and its statistics
/// never read it as a readiness report.
#[test]
fn the_claim_pack_is_sent_with_consent_as_its_own_kind() {
    let intake = common::LoopbackIntake::start();

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let org = setup(&data);
    start(&data, &org, "ransomware", "2026-12-03T08:00:00+08:00");
    let send = |consent: bool| {
        let mut args = vec![
            "--json",
            "--lang",
            "en-US",
            "incident",
            "send",
            "--id",
            "1",
            "--to",
            intake.url(),
            "--share",
            "name",
            "--ca-cert",
            intake.ca_arg(),
        ];
        if consent {
            args.push("--consent");
        }
        run(&data, &args)
    };
    let store = || intake.store();

    let o = send(false);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(json(&o)["error"]["details"]["reason"], "consent_missing");
    let preview = stderr(&o);
    assert!(preview.contains("claim pack"), "{preview}");
    assert!(preview.contains("not the written notice"), "{preview}");
    assert_eq!(store().count().unwrap(), 0, "nothing sent without consent");

    let o = send(true);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let rows = json(&o);
    assert_eq!(rows[0]["state"], "accepted", "{rows}");
    assert_eq!(rows[0]["kind"], "claim_pack", "{rows}");
    assert!(rows[0]["report_id"].as_str().unwrap().starts_with("CP-"));

    let received = store().list().unwrap();
    assert_eq!(received.len(), 1);
    assert_eq!(
        received[0].kind,
        coverready_submission::PackageKind::ClaimPack
    );
    assert_eq!(received[0].organisation["name"], "Harbour Tea");
    assert!(
        store().reports(None).unwrap().is_empty(),
        "a claim pack is never counted as a readiness report"
    );
    // What arrived is the pack: its PDF reads as one, its twin names the incident.
    let conn = rusqlite::Connection::open(intake.store_dir.path().join("intake.sqlite3")).unwrap();
    let (manifest, pdf, twin): (Vec<u8>, Vec<u8>, Vec<u8>) = conn
        .query_row(
            "SELECT manifest_json, report_pdf, report_json FROM submissions",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    let manifest: serde_json::Value = serde_json::from_slice(&manifest).unwrap();
    assert_eq!(manifest["kind"], "claim_pack");
    assert_eq!(manifest["readiness_summary"]["incident_kind"], "ransomware");
    let twin: serde_json::Value = serde_json::from_slice(&twin).unwrap();
    assert_eq!(twin["incident_id"], 1, "{twin}");
    let pdf_path = dir.path().join("received.pdf");
    std::fs::write(&pdf_path, pdf).unwrap();
    assert!(pdftotext(&pdf_path).contains("Claim pack"));

    // The owner's list says which is which.
    let o = ok(&data, &["--lang", "en-US", "submissions"]);
    assert!(stdout(&o).contains("claim pack"), "{}", stdout(&o));
    intake.stop();
}
