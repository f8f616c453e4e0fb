//! Packs signed with throw-away keys made here, from the repository's real assets and
//! locales, through every check an offered pack must pass.

use coverready_content::{
    builtin, check_offered, install, load, ContentError, ContentSet, Origin, Trust, CONTENT_DIR,
    CURRENT_FILE, PREVIOUS_FILE,
};
use coverready_content_builder::testkit::{Draft, TestKey};

/// 2026-12-04T00:00:00Z, the built-in pack's creation day.
const NOW: i64 = 1_796_342_400;

fn accept_all(_: &ContentSet) -> Result<(), ContentError> {
    Ok(())
}

fn offer(bytes: &[u8], root: &TestKey) -> Result<ContentSet, ContentError> {
    let trust = Trust::test_roots(&[&root.public_text]);
    check_offered(bytes, &trust, &builtin(), NOW, &accept_all)
}

#[test]
fn the_built_in_pack_opens_with_every_dataset() {
    let set = builtin();
    assert_eq!(set.origin, Origin::BuiltIn);
    assert!(set.manifest.expires.is_none());
    for id in [
        "checklist",
        "eol",
        "browsers",
        "probes",
        "risk",
        "incidents",
    ] {
        let dataset = set.manifest.datasets.iter().find(|d| d.id == id).unwrap();
        for file in &dataset.files {
            assert!(set.text(file).is_some(), "{file}");
        }
    }
    assert!(!set.locale_texts("zh-CN").is_empty());
    assert_eq!(
        set.locale_texts("zh-CN").len(),
        set.locale_texts("en-US").len()
    );
}

#[test]
fn a_newer_pack_signed_by_the_root_is_accepted() {
    let root = TestKey::new();
    let set = offer(&Draft::from_repo("1.1.0").signed(&root), &root).unwrap();
    assert_eq!(set.version().to_string(), "1.1.0");
    assert_eq!(set.origin, Origin::Offered);
}

#[test]
fn a_changed_file_is_tampering() {
    let root = TestKey::new();
    let mut pack = Draft::from_repo("1.1.0");
    pack.files[0].1.extend_from_slice(b" ");
    assert!(matches!(
        offer(&pack.signed(&root), &root),
        Err(ContentError::Tampered { .. })
    ));
}

#[test]
fn a_changed_manifest_breaks_the_signature() {
    let root = TestKey::new();
    let bytes = Draft::from_repo("1.1.0").signed(&root);
    // Same length, so the archive stays readable: only the signed bytes differ.
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let changed = text.replacen("\"1.1.0\"", "\"9.1.0\"", 1).into_bytes();
    assert_eq!(changed.len(), bytes.len());
    assert!(matches!(
        offer(&changed, &root),
        Err(ContentError::Tampered { .. })
    ));
}

#[test]
fn a_pack_signed_by_another_key_is_untrusted() {
    let (root, stranger) = (TestKey::new(), TestKey::new());
    assert_eq!(
        offer(&Draft::from_repo("1.1.0").signed(&stranger), &root).unwrap_err(),
        ContentError::UntrustedKey
    );
}

#[test]
fn the_pinned_root_does_not_trust_a_test_key() {
    let stranger = TestKey::new();
    let bytes = Draft::from_repo("1.1.0").signed(&stranger);
    let result = check_offered(&bytes, &Trust::pinned(), &builtin(), NOW, &accept_all);
    assert_eq!(result.unwrap_err(), ContentError::UntrustedKey);
}

#[test]
fn an_expired_pack_is_refused() {
    let root = TestKey::new();
    let mut pack = Draft::from_repo("1.1.0");
    pack.manifest.expires = Some("2026-12-03T00:00:00Z".into());
    assert!(matches!(
        offer(&pack.signed(&root), &root),
        Err(ContentError::Expired { .. })
    ));
}

#[test]
fn a_pack_without_expiry_is_refused() {
    let root = TestKey::new();
    let mut pack = Draft::from_repo("1.1.0");
    pack.manifest.expires = None;
    assert!(matches!(
        offer(&pack.signed(&root), &root),
        Err(ContentError::BadManifest { .. })
    ));
}

#[test]
fn older_or_equal_versions_are_rollbacks() {
    let root = TestKey::new();
    for version in ["1.0.0", "0.9.9"] {
        assert!(
            matches!(
                offer(&Draft::from_repo(version).signed(&root), &root),
                Err(ContentError::NotNewer { .. })
            ),
            "{version}"
        );
    }
}

#[test]
fn a_pack_for_a_newer_app_is_refused() {
    let root = TestKey::new();
    let mut pack = Draft::from_repo("1.1.0");
    pack.manifest.min_app_version = "99.0.0".into();
    assert_eq!(
        offer(&pack.signed(&root), &root).unwrap_err(),
        ContentError::NewerApp {
            needs: "99.0.0".into()
        }
    );
}

#[test]
fn a_truncated_download_is_incomplete() {
    let root = TestKey::new();
    let bytes = Draft::from_repo("1.1.0").signed(&root);
    for cut in [bytes.len() / 2, bytes.len() - 2048, 700] {
        let result = offer(&bytes[..cut], &root);
        assert!(
            matches!(result, Err(ContentError::Truncated)),
            "cut at {cut}: {result:?}"
        );
    }
}

#[test]
fn random_bytes_are_not_a_pack() {
    let root = TestKey::new();
    assert!(matches!(
        offer(b"PK\x03\x04 not a tar archive at all", &root),
        Err(ContentError::NotAPack { .. })
    ));
}

#[test]
fn content_failing_validation_is_refused() {
    let root = TestKey::new();
    let bytes = Draft::from_repo("1.1.0").signed(&root);
    let trust = Trust::test_roots(&[&root.public_text]);
    let refuse = |set: &ContentSet| {
        Err(ContentError::Invalid {
            file: set.manifest.files[0].path.clone(),
            detail: "refused by the test".into(),
        })
    };
    assert!(matches!(
        check_offered(&bytes, &trust, &builtin(), NOW, &refuse),
        Err(ContentError::Invalid { .. })
    ));
}

#[test]
fn a_root_signed_key_list_lets_a_new_key_sign() {
    let (root, content_key) = (TestKey::new(), TestKey::new());
    let list = |not_after: &str| {
        serde_json::to_vec(&serde_json::json!({
            "format": 1,
            "keys": [{"public_key": content_key.public_base64, "not_after": not_after}]
        }))
        .unwrap()
    };
    let mut pack = Draft::from_repo("1.1.0");
    let good = list("2027-12-31T00:00:00Z");
    pack.keys = Some((good.clone(), root.sign(&good)));
    assert!(offer(&pack.signed(&content_key), &root).is_ok());

    // A key past its not_after signs nothing created later.
    let lapsed = list("2026-01-01T00:00:00Z");
    pack.keys = Some((lapsed.clone(), root.sign(&lapsed)));
    assert_eq!(
        offer(&pack.signed(&content_key), &root).unwrap_err(),
        ContentError::UntrustedKey
    );

    // A list the content key signed itself is not the root's word.
    pack.keys = Some((good.clone(), content_key.sign(&good)));
    assert_eq!(
        offer(&pack.signed(&content_key), &root).unwrap_err(),
        ContentError::UntrustedKey
    );
}

#[test]
fn install_keeps_the_previous_pack_and_load_falls_back_to_it() {
    let root = TestKey::new();
    let trust = Trust::test_roots(&[&root.public_text]);
    let data = tempfile::tempdir().unwrap();
    let first = install(
        data.path(),
        &Draft::from_repo("1.1.0").signed(&root),
        &trust,
        &builtin(),
        NOW,
        &accept_all,
    )
    .unwrap();
    assert_eq!(first.origin, Origin::Installed);
    let second = install(
        data.path(),
        &Draft::from_repo("1.2.0").signed(&root),
        &trust,
        &first,
        NOW,
        &accept_all,
    )
    .unwrap();
    assert_eq!(second.version().to_string(), "1.2.0");
    let loaded = load(data.path(), &trust, &accept_all);
    assert_eq!(loaded.set.version().to_string(), "1.2.0");
    assert!(loaded.passed_over.is_empty());

    // The current pack broken on disk: the previous one is used, and the reason is kept.
    let dir = data.path().join(CONTENT_DIR);
    let current = std::fs::read(dir.join(CURRENT_FILE)).unwrap();
    std::fs::write(dir.join(CURRENT_FILE), &current[..current.len() / 3]).unwrap();
    let loaded = load(data.path(), &trust, &accept_all);
    assert_eq!(loaded.set.version().to_string(), "1.1.0");
    assert_eq!(loaded.set.origin, Origin::Previous);
    assert_eq!(loaded.passed_over.len(), 1);
    assert_eq!(loaded.passed_over[0].origin, Origin::Installed);

    // Both unusable: the built-in content.
    std::fs::write(dir.join(PREVIOUS_FILE), b"junk").unwrap();
    let loaded = load(data.path(), &trust, &accept_all);
    assert_eq!(loaded.set.origin, Origin::BuiltIn);
    assert_eq!(loaded.passed_over.len(), 2);
}

#[test]
fn a_refused_pack_changes_nothing_on_disk() {
    let root = TestKey::new();
    let trust = Trust::test_roots(&[&root.public_text]);
    let data = tempfile::tempdir().unwrap();
    let good = Draft::from_repo("1.1.0").signed(&root);
    install(data.path(), &good, &trust, &builtin(), NOW, &accept_all).unwrap();
    let before = std::fs::read_dir(data.path().join(CONTENT_DIR))
        .unwrap()
        .count();
    let mut bad = Draft::from_repo("1.2.0");
    bad.files[0].1.push(b'x');
    let installed = load(data.path(), &trust, &accept_all).set;
    assert!(install(
        data.path(),
        &bad.signed(&root),
        &trust,
        &installed,
        NOW,
        &accept_all
    )
    .is_err());
    let dir = data.path().join(CONTENT_DIR);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), before);
    assert_eq!(std::fs::read(dir.join(CURRENT_FILE)).unwrap(), good);
}

#[test]
fn a_pack_that_changes_a_file_carries_its_new_text() {
    let root = TestKey::new();
    let path = "assets/incidents/contacts.json";
    let text =
        std::fs::read_to_string(coverready_content_builder::testkit::repo().join(path)).unwrap();
    let changed = text.replacen('{', "{\"_note\": \"fictional test edit\", ", 1);
    let set = offer(
        &Draft::from_repo("1.1.0")
            .with_file(path, changed.clone().into_bytes())
            .signed(&root),
        &root,
    )
    .unwrap();
    assert_eq!(set.text(path), Some(changed.as_str()));
}
