use std::path::Path;

use coverready_store::{
    move_aside, ProfileMap, ProfileWrite, Store, StoreError, LATEST_VERSION, MIGRATIONS,
};
use rusqlite::Connection;
use serde_json::json;

fn profile(pairs: &[(&str, serde_json::Value)]) -> ProfileMap {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

fn schema_of(path: &Path) -> Vec<(String, String)> {
    let conn = Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn fresh_store_is_at_latest_version_in_wal_mode_with_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    drop(store);
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn every_earlier_version_upgrades_to_the_same_schema_as_a_fresh_store() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh.sqlite3");
    Store::open(&fresh).unwrap();
    let expected = schema_of(&fresh);
    for start in 0..LATEST_VERSION {
        let path = dir.path().join(format!("from-{start}.sqlite3"));
        let mut conn = Connection::open(&path).unwrap();
        coverready_store::migrations_apply_up_to(&mut conn, start).unwrap();
        let at: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(at, start);
        drop(conn);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
        drop(store);
        assert_eq!(schema_of(&path), expected, "upgrading from version {start}");
    }
    assert_eq!(MIGRATIONS.len() as i64, LATEST_VERSION);
}

#[test]
fn organisations_round_trip_with_profiles_and_cascade_on_delete() {
    let mut store = Store::open_in_memory().unwrap();
    let a = store
        .insert_org(
            "北京示例科技有限公司",
            &profile(&[
                ("industry", json!("retail")),
                ("card_payments", json!(true)),
            ]),
        )
        .unwrap();
    let b = store.insert_org("Acme", &ProfileMap::new()).unwrap();
    assert_eq!(a.profile["industry"], json!("retail"));
    assert_eq!(a.profile["card_payments"], json!(true));
    assert!(a.created_at.ends_with('Z'));

    let renamed = store
        .update_org(
            a.id,
            Some("北京示例"),
            &profile(&[
                ("industry", json!("healthcare")),
                ("daily_gross_profit", json!(2500.5)),
            ]),
            ProfileWrite::Merge,
        )
        .unwrap();
    assert_eq!(renamed.name, "北京示例");
    assert_eq!(renamed.profile.len(), 3);
    assert_eq!(renamed.profile["industry"], json!("healthcare"));

    store
        .clear_profile_fields(a.id, &["card_payments"])
        .unwrap();
    assert!(!store
        .org(a.id)
        .unwrap()
        .profile
        .contains_key("card_payments"));

    let replaced = store
        .update_org(
            a.id,
            None,
            &profile(&[("region", json!("beijing"))]),
            ProfileWrite::Replace,
        )
        .unwrap();
    assert_eq!(replaced.profile, profile(&[("region", json!("beijing"))]));
    assert_eq!(replaced.name, "北京示例");

    let names: Vec<_> = store.orgs().unwrap().into_iter().map(|o| o.name).collect();
    assert_eq!(names, vec!["Acme".to_string(), "北京示例".to_string()]);

    store.delete_org(a.id).unwrap();
    assert!(matches!(store.org(a.id), Err(StoreError::OrgNotFound(_))));
    assert!(matches!(
        store.delete_org(a.id),
        Err(StoreError::OrgNotFound(_))
    ));
    assert!(matches!(
        store.update_org(a.id, None, &ProfileMap::new(), ProfileWrite::Merge),
        Err(StoreError::OrgNotFound(_))
    ));
    assert_eq!(store.orgs().unwrap().len(), 1);
    assert_eq!(store.orgs().unwrap()[0].id, b.id);
}

#[test]
fn a_failed_multi_row_write_leaves_nothing_behind() {
    let mut store = Store::open_in_memory().unwrap();
    // The schema refuses names over 200 characters; the whole insert, profile included, is undone.
    let long = "x".repeat(201);
    assert!(store
        .insert_org(&long, &profile(&[("industry", json!("retail"))]))
        .is_err());
    assert!(store.orgs().unwrap().is_empty());
}

#[test]
fn settings_are_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.setting("language").unwrap(), None);
    store.set_setting("language", "zh-CN").unwrap();
    store.set_setting("language", "en-US").unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.setting("language").unwrap().as_deref(), Some("en-US"));
}

#[test]
fn a_file_that_is_not_a_database_is_reported_corrupt_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    let garbage = b"this is not a database, it is a shopping list\n".repeat(200);
    std::fs::write(&path, &garbage).unwrap();
    match Store::open(&path) {
        Err(StoreError::Corrupt { .. }) => {}
        other => panic!("expected Corrupt, got {:?}", other.map(|_| ())),
    }
    assert_eq!(std::fs::read(&path).unwrap(), garbage);

    let aside = move_aside(&path).unwrap();
    assert!(!path.exists());
    assert_eq!(std::fs::read(&aside).unwrap(), garbage);
    let store = Store::open(&path).unwrap();
    assert!(store.orgs().unwrap().is_empty());
}

#[test]
fn a_damaged_page_is_reported_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    {
        let mut store = Store::open(&path).unwrap();
        for i in 0..200 {
            store
                .insert_org(
                    &format!("org {i}"),
                    &profile(&[("industry", json!("retail"))]),
                )
                .unwrap();
        }
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
            .unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 8192);
    // Overwrite the second page (a b-tree page of our tables) with noise.
    for (i, b) in bytes[4096..8192].iter_mut().enumerate() {
        *b = (i * 7 + 13) as u8;
    }
    std::fs::write(&path, &bytes).unwrap();
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::Corrupt { .. })
    ));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "nothing written to a damaged store"
    );
}

#[test]
fn a_store_from_a_newer_version_is_refused_without_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    match Store::open(&path) {
        Err(StoreError::TooNew {
            found, supported, ..
        }) => {
            assert_eq!(found, 99);
            assert_eq!(supported, LATEST_VERSION);
        }
        other => panic!("expected TooNew, got {:?}", other.map(|_| ())),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

mod assessments {
    use coverready_store::{AnswerWrite, Store, StoreError};

    fn answer<'a>(q: &'a str, v: &'a str) -> AnswerWrite<'a> {
        AnswerWrite {
            question_id: q,
            value: v,
            note: None,
            evidence: None,
        }
    }

    #[test]
    fn a_new_assessment_starts_from_the_previous_answers_and_both_remain() {
        let mut store = Store::open_in_memory().unwrap();
        let org = store.insert_org("Clinic", &Default::default()).unwrap();
        let first = store
            .start_assessment(org.id, "sme", "1.0.0", "1.0.0", "full", &[])
            .unwrap();
        store
            .write_answers(
                first.id,
                &[
                    answer("identity.mfa-email", "no"),
                    AnswerWrite {
                        note: Some("only the owner's mailbox"),
                        ..answer("backup.offline-copy", "partly")
                    },
                ],
                &[],
            )
            .unwrap();
        let second = store
            .start_assessment(
                org.id,
                "sme",
                "1.0.0",
                "1.1.0",
                "full",
                &["identity.mfa-email", "backup.offline-copy"],
            )
            .unwrap();
        assert_eq!(second.based_on, Some(first.id));
        assert_eq!(second.content_version.as_deref(), Some("1.1.0"));
        assert_eq!(first.content_version.as_deref(), Some("1.0.0"));
        assert_eq!(store.answers(second.id).unwrap().len(), 2);
        store
            .write_answers(
                second.id,
                &[answer("identity.mfa-email", "yes")],
                &["backup.offline-copy"],
            )
            .unwrap();

        let old = store.answers(first.id).unwrap();
        assert_eq!(old.len(), 2);
        assert_eq!(old[1].value, "no", "the first assessment is untouched");
        assert_eq!(old[0].note.as_deref(), Some("only the owner's mailbox"));
        let new = store.answers(second.id).unwrap();
        assert_eq!(new.len(), 1);
        assert_eq!(new[0].value, "yes");
        assert_eq!(
            store.latest_assessment(org.id).unwrap().unwrap().id,
            second.id
        );
        assert_eq!(store.assessments(org.id).unwrap().len(), 2);
    }

    #[test]
    fn only_the_answers_asked_for_are_carried_and_the_old_assessment_keeps_all() {
        let mut store = Store::open_in_memory().unwrap();
        let org = store
            .insert_org("Fictional Florist", &Default::default())
            .unwrap();
        let first = store
            .start_assessment(org.id, "sme", "1.0.0", "1.0.0", "full", &[])
            .unwrap();
        store
            .write_answers(
                first.id,
                &[
                    answer("identity.mfa-email", "no"),
                    answer("retired.question", "yes"),
                ],
                &[],
            )
            .unwrap();
        let second = store
            .start_assessment(
                org.id,
                "sme",
                "1.1.0",
                "1.1.0",
                "full",
                &["identity.mfa-email"],
            )
            .unwrap();
        let carried: Vec<String> = store
            .answers(second.id)
            .unwrap()
            .into_iter()
            .map(|a| a.question_id)
            .collect();
        assert_eq!(carried, ["identity.mfa-email"]);
        assert_eq!(store.answers(first.id).unwrap().len(), 2);
    }

    #[test]
    fn a_batch_with_one_bad_answer_saves_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let org = store.insert_org("Shop", &Default::default()).unwrap();
        let a = store
            .start_assessment(org.id, "sme", "1.0.0", "1.0.0", "quick", &[])
            .unwrap();
        let err = store.write_answers(
            a.id,
            &[
                answer("identity.mfa-email", "yes"),
                answer("backup.offline-copy", "maybe"),
            ],
            &[],
        );
        assert!(err.is_err());
        assert!(store.answers(a.id).unwrap().is_empty());
    }

    #[test]
    fn missing_rows_are_reported_and_deleting_an_org_removes_its_assessments() {
        let mut store = Store::open_in_memory().unwrap();
        assert!(matches!(
            store.start_assessment(42, "sme", "1", "1.0.0", "full", &[]),
            Err(StoreError::OrgNotFound(42))
        ));
        assert!(matches!(
            store.write_answers(7, &[], &[]),
            Err(StoreError::AssessmentNotFound(7))
        ));
        let org = store.insert_org("Gone", &Default::default()).unwrap();
        let a = store
            .start_assessment(org.id, "sme", "1", "1.0.0", "full", &[])
            .unwrap();
        store
            .write_answers(a.id, &[answer("x.y", "yes")], &[])
            .unwrap();
        store.delete_org(org.id).unwrap();
        assert!(matches!(
            store.assessment(a.id),
            Err(StoreError::AssessmentNotFound(_))
        ));
        assert!(store.answers(a.id).unwrap().is_empty());
    }
}

mod scans {
    use coverready_store::Store;
    use serde_json::json;

    #[test]
    fn the_latest_scan_of_each_kind_is_found_and_kept_answers_round_trip() {
        let mut store = Store::open_in_memory().unwrap();
        let org = store.insert_org("Shop", &Default::default()).unwrap();
        store
            .insert_scan(
                Some(org.id),
                "local",
                "Debian 12",
                812,
                &json!({"findings": [1]}),
            )
            .unwrap();
        let second = store
            .insert_scan(
                Some(org.id),
                "local",
                "Debian 12",
                640,
                &json!({"findings": [2]}),
            )
            .unwrap();
        store
            .insert_scan(
                Some(org.id),
                "domain",
                "example.cn",
                30,
                &json!({"findings": []}),
            )
            .unwrap();
        let latest = store.latest_scan(org.id, "local").unwrap().unwrap();
        assert_eq!((latest.id, latest.duration_ms), (second, 640));
        assert_eq!(latest.report["findings"][0], 2);
        assert!(store.latest_scan(org.id + 1, "local").unwrap().is_none());
        assert!(store
            .insert_scan(None, "cosmic", "x", 1, &json!({}))
            .is_err());

        store
            .set_kept_answer(org.id, "identity.mfa-email", Some("yes"))
            .unwrap();
        store
            .set_kept_answer(org.id, "identity.mfa-email", Some("partly"))
            .unwrap();
        assert_eq!(
            store.kept_answers(org.id).unwrap(),
            vec![("identity.mfa-email".to_string(), "partly".to_string())]
        );
        store
            .set_kept_answer(org.id, "identity.mfa-email", None)
            .unwrap();
        assert!(store.kept_answers(org.id).unwrap().is_empty());
    }
}

/// A link planted at the store's path is refused; the file it points at keeps its mode and
/// content (it used to be opened, and the key's was even chmodded).
#[cfg(unix)]
#[test]
fn a_link_at_the_store_path_is_refused_and_its_target_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mine.txt");
    std::fs::write(&target, b"my own notes\n").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    let path = dir.path().join(coverready_store::STORE_FILE);
    std::os::unix::fs::symlink(&target, &path).unwrap();
    match Store::open(&path) {
        Err(StoreError::Io { cause, .. }) => assert_eq!(cause, "symlink"),
        other => panic!("expected a refusal, got {:?}", other.map(|_| ())),
    }
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
    assert_eq!(std::fs::read(&target).unwrap(), b"my own notes\n");
    assert!(!dir.path().join("coverready.sqlite3-wal").exists());
}
