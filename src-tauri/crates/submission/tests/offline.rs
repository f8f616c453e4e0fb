//! Keys, packages, consent, destinations and the outbox file, without any network.

mod common;

use std::collections::BTreeMap;
use std::time::SystemTime;

use common::package;
use coverready_submission::encoding::sha256_hex;
use coverready_submission::protocol::Manifest;
use coverready_submission::signing::verify_signature;
use coverready_submission::{
    build_package, normalise_destination, ConsentRecord, Destination, Installation, Outbox,
    PackageInput, SubmissionError, SubmissionState,
};

fn loopback() -> Destination {
    Destination {
        url: "http://127.0.0.1:9".to_owned(),
        tls_identity: "loopback-http".to_owned(),
    }
}

#[test]
fn the_installation_key_is_private_stable_and_fingerprinted() {
    let dir = tempfile::tempdir().unwrap();
    let first = Installation::load_or_create(dir.path()).unwrap();
    let again = Installation::load_or_create(dir.path()).unwrap();
    assert_eq!(first.fingerprint(), again.fingerprint());
    assert_eq!(first.public_key_base64(), again.public_key_base64());
    let fingerprint = first.fingerprint();
    let groups: Vec<&str> = fingerprint.split(' ').collect();
    assert_eq!(groups.len(), 16);
    assert!(groups.iter().all(|g| g.len() == 4));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(first.path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        // Loosened by someone: tightened again on the next load.
        std::fs::set_permissions(first.path(), std::fs::Permissions::from_mode(0o644)).unwrap();
        Installation::load_or_create(dir.path()).unwrap();
        let mode = std::fs::metadata(first.path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    std::fs::write(first.path(), "garbage").unwrap();
    assert_eq!(
        Installation::load_or_create(dir.path()).unwrap_err().code(),
        "key_store"
    );
}

/// A link planted where the installation key (or the outbox) belongs is refused: the file it
/// points at is neither read, loosened, tightened nor overwritten.
#[cfg(unix)]
#[test]
fn a_link_planted_at_the_key_or_outbox_path_is_refused_and_its_target_untouched() {
    use coverready_submission::{KEY_FILE, OUTBOX_FILE};
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("victim.txt");
    std::fs::write(&target, "not a key\n").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::os::unix::fs::symlink(&target, dir.path().join(KEY_FILE)).unwrap();
    let e = Installation::load_or_create(dir.path()).unwrap_err();
    assert_eq!(e.code(), "key_store");
    assert_eq!(e.data()["cause"], "symlink", "{e}");
    let mode = std::fs::metadata(&target).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o644, "the target's mode was changed");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "not a key\n");
    assert!(std::fs::symlink_metadata(dir.path().join(KEY_FILE))
        .unwrap()
        .file_type()
        .is_symlink());

    // A dangling link is refused too: nothing is created through it.
    let missing = elsewhere.path().join("created-through-the-link");
    std::fs::remove_file(dir.path().join(KEY_FILE)).unwrap();
    std::os::unix::fs::symlink(&missing, dir.path().join(KEY_FILE)).unwrap();
    assert_eq!(
        Installation::load_or_create(dir.path()).unwrap_err().data()["cause"],
        "symlink"
    );
    assert!(!missing.exists());

    std::os::unix::fs::symlink(&target, dir.path().join(OUTBOX_FILE)).unwrap();
    let e = Outbox::open(dir.path())
        .err()
        .expect("a linked outbox is refused");
    assert_eq!(e.code(), "outbox_store");
    assert_eq!(e.data()["cause"], "symlink", "{e}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "not a key\n");
    let mode = std::fs::metadata(&target).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o644);
}

#[test]
fn a_package_is_signed_and_lists_every_file_hash() {
    let dir = tempfile::tempdir().unwrap();
    let installation = Installation::load_or_create(dir.path()).unwrap();
    let package = package(&installation, "rpt-1", 4096);
    let manifest: Manifest = serde_json::from_slice(package.manifest_json()).unwrap();
    assert_eq!(manifest.schema_version, 1);
    assert_eq!(manifest.public_key.key, installation.public_key_base64());
    assert_eq!(manifest.parts[0].sha256, sha256_hex(package.report_pdf()));
    assert_eq!(manifest.parts[1].sha256, sha256_hex(package.report_json()));
    assert_eq!(manifest.organisation.len(), 2);
    let sig = std::str::from_utf8(package.manifest_sig()).unwrap();
    assert!(verify_signature(
        &manifest.public_key.key,
        package.manifest_json(),
        sig
    ));
    assert!(!verify_signature(&manifest.public_key.key, b"other", sig));
    let names: Vec<String> = package.files().into_iter().map(|f| f.name).collect();
    assert_eq!(
        names,
        ["manifest.json", "manifest.sig", "report.pdf", "report.json"]
    );
}

#[test]
fn bad_input_and_oversized_packages_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let installation = Installation::load_or_create(dir.path()).unwrap();
    let input = |pdf_len: usize, field: &str, summary: serde_json::Value| PackageInput {
        kind: Default::default(),
        report_pdf: vec![0; pdf_len],
        report_json: b"{}".to_vec(),
        report_id: "rpt".to_owned(),
        org_fields: BTreeMap::from([(field.to_owned(), "x".to_owned())]),
        readiness_summary: summary,
        app_version: "0.1.0".to_owned(),
    };
    let ok = serde_json::json!({});
    let err = build_package(
        input(21 * 1024 * 1024, "name", ok.clone()),
        &installation,
        SystemTime::now(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "package_too_large");
    let err = build_package(
        input(10, "Bad Name", ok.clone()),
        &installation,
        SystemTime::now(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    let err = build_package(
        input(10, "name", serde_json::json!([1])),
        &installation,
        SystemTime::now(),
    )
    .unwrap_err();
    assert_eq!(err.data()["field"], "readiness_summary");
}

#[test]
fn destinations_are_https_or_loopback_only() {
    for ok in [
        "https://platform.example.cn/",
        "https://platform.example.cn:8443/intake",
        "http://127.0.0.1:8443",
        "http://[::1]:8443",
        "http://localhost:8443",
    ] {
        assert!(normalise_destination(ok).is_ok(), "{ok}");
    }
    assert_eq!(
        normalise_destination("https://platform.example.cn/").unwrap(),
        "https://platform.example.cn"
    );
    for insecure in [
        "http://platform.example.cn",
        "http://192.168.1.10:8443",
        "http://localhost.evil.com",
    ] {
        assert_eq!(
            normalise_destination(insecure).unwrap_err().code(),
            "insecure_destination",
            "{insecure}"
        );
    }
    for invalid in [
        "ftp://x",
        "not a url",
        "https://user:pw@x.cn",
        "https://x.cn/?q=1",
    ] {
        assert_eq!(
            normalise_destination(invalid).unwrap_err().code(),
            "invalid_destination",
            "{invalid}"
        );
    }
}

#[test]
fn consent_must_name_exactly_what_is_sent_and_to_whom() {
    let dir = tempfile::tempdir().unwrap();
    let installation = Installation::load_or_create(dir.path()).unwrap();
    let package = package(&installation, "rpt-c", 100);
    let consent = ConsentRecord::for_package(&package, &loopback());
    consent.check(&package).unwrap();
    assert_eq!(consent.fields_shared, ["industry", "name"]);
    assert_eq!(consent.files.len(), 4);

    let mismatch = |edit: &dyn Fn(&mut ConsentRecord)| {
        let mut c = consent.clone();
        edit(&mut c);
        c.check(&package).unwrap_err()
    };
    let what = |e: SubmissionError| e.data().get("what").cloned().unwrap_or_default();
    assert_eq!(
        what(mismatch(&|c| c.fields_shared.push("phone".into()))),
        "fields"
    );
    assert_eq!(
        what(mismatch(&|c| c.files[2].sha256 = "00".repeat(32))),
        "files"
    );
    assert_eq!(
        what(mismatch(&|c| c.files.pop().map(|_| ()).unwrap())),
        "files"
    );
    assert_eq!(
        what(mismatch(
            &|c| c.destination_identity = format!("sha256:{}", "ab".repeat(32))
        )),
        "tls_identity"
    );
    assert_eq!(
        what(mismatch(&|c| c.text_version = "old".into())),
        "text_version"
    );
    assert_eq!(
        mismatch(&|c| c.consented_at.clear()),
        SubmissionError::ConsentMissing
    );
    assert_eq!(
        mismatch(&|c| c.destination_url = "https://x.cn".into()).code(),
        "consent_mismatch"
    );
}

#[test]
fn the_outbox_survives_reopening_and_refuses_a_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    let installation = Installation::load_or_create(dir.path()).unwrap();
    let package = package(&installation, "rpt-o", 100);
    let consent = ConsentRecord::for_package(&package, &loopback());
    let id = {
        let outbox = Outbox::open(dir.path()).unwrap();
        assert_eq!(outbox.path(), dir.path().join("outbox.sqlite3"));
        let id = outbox.enqueue(5, &package, Some(&consent)).unwrap();
        outbox.enqueue(6, &package, Some(&consent)).unwrap();
        id
    };
    let outbox = Outbox::open(dir.path()).unwrap();
    let row = outbox.get(id).unwrap();
    assert_eq!(row.state, SubmissionState::Pending);
    assert_eq!(row.consent, consent);
    assert_eq!(outbox.list(None).unwrap().len(), 2);
    assert_eq!(outbox.list(Some(6)).unwrap().len(), 1);
    assert_eq!(outbox.get(999).unwrap_err().code(), "not_found");
    drop(outbox);

    let conn = rusqlite::Connection::open(dir.path().join("outbox.sqlite3")).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    assert_eq!(
        Outbox::open(dir.path()).err().unwrap().code(),
        "outbox_too_new"
    );
}

#[tokio::test]
async fn withdrawing_a_never_sent_submission_cancels_it_locally() {
    let dir = tempfile::tempdir().unwrap();
    let installation = Installation::load_or_create(dir.path()).unwrap();
    let package = package(&installation, "rpt-x", 100);
    let outbox = Outbox::open(dir.path()).unwrap();
    let id = outbox
        .enqueue(
            1,
            &package,
            Some(&ConsentRecord::for_package(&package, &loopback())),
        )
        .unwrap();
    let client = common::plain_client();
    let row = outbox.withdraw(id, &client, &installation).await.unwrap();
    assert_eq!(row.state, SubmissionState::Cancelled);
    assert!(
        outbox.flush(&client).await.unwrap().is_empty(),
        "never sent"
    );
}

#[test]
fn every_error_code_has_a_message_in_both_languages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../locales");
    let keys = |lang: &str| -> Vec<String> {
        let text = std::fs::read_to_string(root.join(lang).join("submission.ftl")).unwrap();
        text.lines()
            .filter_map(|l| l.split_once(" ="))
            .map(|(k, _)| k.trim().to_owned())
            .filter(|k| !k.starts_with('#') && !k.starts_with('.') && !k.is_empty())
            .collect()
    };
    let zh = keys("zh-CN");
    let en = keys("en-US");
    assert_eq!(zh, en, "same keys in the same order");
    assert!(zh.iter().all(|k| k.starts_with("submission-")));
    for code in SubmissionError::ALL_CODES {
        let key = format!("submission-error-{code}");
        assert!(zh.contains(&key), "{key} missing");
    }
    assert!(zh.contains(&"submission-consent-text".to_owned()));
}

#[test]
fn the_json_schemas_require_what_the_code_writes() {
    let dir = tempfile::tempdir().unwrap();
    let installation = Installation::load_or_create(dir.path()).unwrap();
    let package = package(&installation, "rpt-s", 100);
    let schemas =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../assets/protocol/schemas");
    let manifest: serde_json::Value = serde_json::from_slice(package.manifest_json()).unwrap();
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(schemas.join("manifest.schema.json")).unwrap(),
    )
    .unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let written: Vec<&str> = manifest
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut required_sorted = required.clone();
    required_sorted.sort();
    let mut written_sorted = written.clone();
    written_sorted.sort();
    assert_eq!(required_sorted, written_sorted);
    for name in [
        "submission-status.schema.json",
        "receipt.schema.json",
        "problem.schema.json",
        "consent-record.schema.json",
    ] {
        let text = std::fs::read_to_string(schemas.join(name)).unwrap();
        let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{name}"
        );
    }
}
