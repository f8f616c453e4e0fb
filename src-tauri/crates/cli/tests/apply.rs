//! Report and application end to end: the real CLI writes a real PDF (read back with poppler)
//! and sends it over real TLS to the reference intake server on loopback.

mod common;

use common::{coverready, json};

use std::path::Path;
use std::process::Command;

use coverready_intake::test_support::TestPki;
use coverready_intake::{spawn_for_test, IntakeConfig};

fn org_with_answers(d: &Path) -> String {
    let o = coverready(
        d,
        &[
            "--json",
            "org",
            "add",
            "--name",
            "北京示例科技有限公司",
            "--industry",
            "professional",
            "--headcount",
            "30",
        ],
    );
    let id = json(&o)["id"].as_i64().unwrap().to_string();
    let o = coverready(
        d,
        &[
            "answer",
            "--org",
            &id,
            "--note",
            "只有老板的邮箱开了",
            "identity.mfa-email=partly",
            "backup.offline-copy=no",
            "identity.mfa-remote=yes",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    id
}

#[test]
fn report_writes_a_pdf_and_its_json_twin() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = org_with_answers(d);
    let out = d.join("out").join("readiness.pdf");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let o = coverready(
        d,
        &[
            "--json",
            "--lang",
            "zh-CN",
            "report",
            "--org",
            &id,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let files = json(&o);
    assert!(out.exists() && out.with_extension("json").exists());
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("北京示例科技有限公司"), "{text}");
    // The fingerprint may wrap across lines; compare without white space.
    let flat: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        flat.contains(files["json_sha256"].as_str().unwrap()),
        "the PDF prints the JSON fingerprint"
    );
    let twin: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.with_extension("json")).unwrap()).unwrap();
    assert_eq!(twin["organisation"]["name"], "北京示例科技有限公司");
    // Loss scenarios and the coverage map: 30 people → response 5 / 12 / 35 万元 (¥120,000)
    // for ransomware (no gross profit given, so no outage days are priced).
    for words in [
        "损失情景",
        "勒索病毒锁住电脑",
        "12 万元",
        "建议考虑的保障",
        "应急处置费用",
    ] {
        assert!(
            text.contains(words),
            "{words} missing from the PDF:\n{text}"
        );
    }
    let ransomware = &twin["loss_scenarios"][0];
    assert_eq!(ransomware["likely"], 120_000.0);
    assert!(twin["coverages"].as_array().unwrap().len() >= 3);

    // An unwritable destination is a clear error, not a panic, and leaves nothing behind.
    let blocker = d.join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();
    let bad = blocker.join("r.pdf");
    let o = coverready(
        d,
        &[
            "--json",
            "report",
            "--org",
            &id,
            "--out",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o)["error"]["code"], "report_unwritable");
}

#[test]
fn submit_sends_only_with_consent_and_exactly_once() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server_dir = tempfile::tempdir().unwrap();
    let pki = TestPki::new();
    let mut config = IntakeConfig::new(server_dir.path());
    config.tls = Some(pki.tls());
    let server = rt.block_on(spawn_for_test(config)).unwrap();
    let ca = server_dir.path().join("ca.pem");
    std::fs::write(&ca, &pki.ca_cert_pem).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = org_with_answers(d);
    let received = || {
        let store = coverready_intake::Store::open(server_dir.path()).unwrap();
        store.count().unwrap()
    };

    // Without --consent: the preview is shown and nothing reaches the server.
    let o = coverready(
        d,
        &[
            "--json",
            "--lang",
            "en-US",
            "submit",
            "--org",
            &id,
            "--to",
            &server.url,
            "--share",
            "name,industry",
            "--ca-cert",
            ca.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o)["error"]["details"]["reason"], "consent_missing");
    assert!(String::from_utf8_lossy(&o.stderr).contains(&server.url));
    assert_eq!(received(), 0);

    // Plain HTTP to a non-loopback host is refused before any connection.
    let o = coverready(
        d,
        &[
            "--json",
            "submit",
            "--org",
            &id,
            "--to",
            "http://192.0.2.1/",
            "--consent",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        json(&o)["error"]["details"]["reason"],
        "insecure_destination"
    );

    // With consent: sent, acknowledged with a verified receipt.
    let o = coverready(
        d,
        &[
            "--json",
            "submit",
            "--org",
            &id,
            "--to",
            &server.url,
            "--share",
            "name,industry",
            "--consent",
            "--ca-cert",
            ca.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rows = json(&o);
    assert_eq!(rows[0]["state"], "accepted", "{rows}");
    assert!(rows[0]["receipt"].is_object());
    assert_eq!(received(), 1);

    // Flushing again sends nothing twice.
    let o = coverready(
        d,
        &[
            "--json",
            "submissions",
            "--flush",
            "--ca-cert",
            ca.to_str().unwrap(),
        ],
    );
    assert!(o.status.success());
    assert_eq!(received(), 1);

    // Withdrawal: a signed deletion request the server acknowledges.
    let sub = rows[0]["id"].as_i64().unwrap().to_string();
    let o = coverready(
        d,
        &[
            "--json",
            "submissions",
            "--withdraw",
            &sub,
            "--ca-cert",
            ca.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(json(&o)[0]["state"], "withdrawn");
    rt.block_on(server.stop());
}

/// Withdrawing (or listing) before anything was ever queued creates no installation key and no
/// outbox, and says there is nothing to withdraw.
#[test]
fn withdrawing_with_nothing_queued_creates_no_key_and_no_outbox() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = coverready(d, &["--lang", "en-US", "submissions", "--withdraw", "999"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("999"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = coverready(d, &["--lang", "en-US", "submissions", "--refresh", "999"]);
    assert_eq!(o.status.code(), Some(1));
    let o = coverready(d, &["--json", "submissions"]);
    assert!(o.status.success());
    assert_eq!(json(&o), serde_json::json!([]));
    assert!(!d.join(coverready_submission::KEY_FILE).exists());
    assert!(!d.join(coverready_submission::OUTBOX_FILE).exists());
}
