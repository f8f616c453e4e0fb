//! What the server stores is what the schema allows, and what `list` prints cannot drive the
//! operator's terminal.

mod support;

use coverready_intake::store::{NewSubmission, Store};
use coverready_intake::{IntakeConfig, RateLimit};
use serde_json::json;
use support::{http, installation, post, TestPackage};

/// Each manifest edit breaks one rule of `manifest.schema.json`; each is signed properly, so
/// only field validation can refuse it.
#[tokio::test]
async fn manifest_fields_outside_the_schema_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = IntakeConfig::new(dir.path());
    // Fourteen refusals in a row from one key and address: this test is about fields, not rates.
    config.rate_limit = RateLimit {
        burst: 1000,
        per_minute: 1000,
    };
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let (_key_dir, key) = installation();
    let cases: Vec<(&str, serde_json::Value, &str)> = vec![
        ("report_id", json!("rpt\u{1b}[31mred"), "report_id"),
        ("report_id", json!("rpt\nnext line"), "report_id"),
        ("report_id", json!(""), "report_id"),
        ("report_id", json!("x".repeat(129)), "report_id"),
        ("app_version", json!("9".repeat(1000)), "app_version"),
        ("app_version", json!(""), "app_version"),
        ("created_at", json!("not a date"), "created_at"),
        (
            "created_at",
            json!("2026-12-04T01:00:00+08:00"),
            "created_at",
        ),
        (
            "organisation",
            json!({ "Name": "upper-case field" }),
            "organisation",
        ),
        (
            "organisation",
            json!({ "name": "x".repeat(1025) }),
            "organisation",
        ),
        (
            "organisation",
            json!({ "name": "bell\u{7}" }),
            "organisation",
        ),
        ("readiness_summary", json!([1, 2]), "readiness_summary"),
    ];
    for (n, (field, value, named)) in cases.into_iter().enumerate() {
        let mut package = TestPackage::new(&key, "rpt-valid", b"%PDF-1.4 test".to_vec());
        package.manifest[field] = value.clone();
        let answer = post(&http(), &server.url, package.parts(&key), &format!("v{n}")).await;
        assert_eq!(answer.status, 400, "{field} = {value}: {:?}", answer.body);
        assert_eq!(
            answer.body["code"], "malformed_package",
            "{field} = {value}"
        );
        assert!(
            answer.body["detail"].as_str().unwrap().contains(named),
            "{field} = {value}: {:?}",
            answer.body
        );
    }
    // A bad part hash format and a key of the wrong length.
    let mut package = TestPackage::new(&key, "rpt-valid", b"%PDF".to_vec());
    package.manifest["parts"][0]["sha256"] = json!("A".repeat(64));
    let answer = post(&http(), &server.url, package.parts(&key), "v-hash").await;
    assert_eq!(
        (answer.status, answer.body["code"].as_str()),
        (400, Some("malformed_package"))
    );
    let mut package = TestPackage::new(&key, "rpt-valid", b"%PDF".to_vec());
    package.manifest["public_key"]["key"] = json!("AAAA");
    let answer = post(&http(), &server.url, package.parts(&key), "v-key").await;
    assert_eq!(
        (answer.status, answer.body["code"].as_str()),
        (400, Some("malformed_package"))
    );

    // And the same package within the rules is accepted: the cases above failed on their field.
    let package = TestPackage::new(&key, "rpt-valid:1.2_3-4", b"%PDF-1.4 test".to_vec());
    let answer = post(&http(), &server.url, package.parts(&key), "v-ok").await;
    assert_eq!(answer.status, 201, "{:?}", answer.body);
    assert_eq!(Store::open(dir.path()).unwrap().count().unwrap(), 1);
    server.stop().await;
}

fn list(dir: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_coverready-intake"))
        .args(["list", "--data-dir"])
        .arg(dir)
        .output()
        .unwrap()
}

/// A store written before validation existed (or by hand) can hold anything: `list` must show
/// escape sequences, 8-bit CSI and bidi overrides as visible text, not emit them.
#[test]
fn list_escapes_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let hostile = "rpt\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\u{202e}txt.exe\\";
    store
        .insert(&NewSubmission {
            kind: coverready_submission::PackageKind::ReadinessReport,
            id: "sub_1".to_owned(),
            tenant: coverready_intake::store::DEFAULT_TENANT.to_owned(),
            idempotency_key: "k".to_owned(),
            request_sha256: "00".to_owned(),
            public_key: "pk".to_owned(),
            report_id: hostile.to_owned(),
            manifest_sha256: "00".to_owned(),
            organisation_json: json!({ "name": "Org\u{1b}[5m" }).to_string(),
            manifest_json: vec![],
            manifest_sig: vec![],
            report_pdf: vec![],
            report_json: vec![],
            received_at: "2026-12-04T00:00:00Z".to_owned(),
            response_json: "{}".to_owned(),
        })
        .unwrap();
    drop(store);
    let out = list(dir.path());
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text
            .chars()
            .any(|c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c)),
        "raw control characters reached the terminal: {text:?}"
    );
    assert!(
        text.contains(r"rpt\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\u{202e}txt.exe\\"),
        "{text}"
    );
    assert!(text.contains(r"name=Org\u{1b}[5m"), "{text}");
}

#[test]
fn list_on_a_folder_that_does_not_exist_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("typo");
    let out = list(&missing);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no intake store"), "{err}");
    assert!(err.contains("typo"), "{err}");
    assert!(!missing.exists(), "list created the folder");
    // An existing folder without a store is the same mistake.
    let out = list(dir.path());
    assert!(!out.status.success());
    assert!(!dir
        .path()
        .join(coverready_intake::store::STORE_FILE)
        .exists());
}
