//! The store interface on both engines: every scenario here runs once on the embedded SQLite
//! file and once on a throwaway PostgreSQL cluster (`test_support::TestPostgres`), and both must
//! answer alike. A machine without PostgreSQL fails these tests; it never skips them.

use coverready_intake::db::Database;
use coverready_intake::pg::{PgStore, SCHEMA_VERSION};
use coverready_intake::store::{InsertOutcome, NewSubmission, Store, StoreError, DEFAULT_TENANT};
use coverready_intake::test_support::TestPostgres;
use coverready_intake::{DatabaseUrl, IntakeConfig};
use coverready_submission::PackageKind;

fn submission(id: &str, key: &str) -> NewSubmission {
    NewSubmission {
        id: id.to_owned(),
        kind: PackageKind::ReadinessReport,
        tenant: DEFAULT_TENANT.to_owned(),
        idempotency_key: key.to_owned(),
        request_sha256: format!("sha-of-{key}"),
        public_key: "pk".to_owned(),
        report_id: "rpt-1".to_owned(),
        manifest_sha256: "m".to_owned(),
        organisation_json: r#"{"name":"Test Org"}"#.to_owned(),
        manifest_json: b"{}".to_vec(),
        manifest_sig: b"sig".to_vec(),
        report_pdf: vec![7u8; 1000],
        report_json: b"{\"a\":1}".to_vec(),
        received_at: "2026-12-04T00:00:00Z".to_owned(),
        response_json: format!(r#"{{"submission_id":"{id}"}}"#),
    }
}

async fn sqlite() -> (tempfile::TempDir, Database) {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::open(&IntakeConfig::new(dir.path()))
        .await
        .unwrap();
    (dir, db)
}

async fn postgres(cluster: &TestPostgres) -> Database {
    let mut config = IntakeConfig::new(std::env::temp_dir());
    config.database = DatabaseUrl::parse(&cluster.url());
    Database::open(&config).await.unwrap()
}

/// Insert, replay, read, list, withdraw: what the handlers rely on.
async fn lifecycle(db: Database) {
    assert_eq!(db.count().await.unwrap(), 0);
    assert!(matches!(
        db.insert(submission("sub_a", "key-a")).await.unwrap(),
        InsertOutcome::Inserted
    ));
    // The same key again (another id, as a retry would make) keeps the first row.
    match db.insert(submission("sub_b", "key-a")).await.unwrap() {
        InsertOutcome::Existing(earlier) => {
            assert_eq!(earlier.id, "sub_a");
            assert_eq!(earlier.status, "received");
            assert_eq!(earlier.response_json, r#"{"submission_id":"sub_a"}"#);
            assert_eq!(earlier.request_sha256, "sha-of-key-a");
        }
        InsertOutcome::Inserted => panic!("{}: a repeated key inserted", db.engine()),
    }
    assert_eq!(db.count().await.unwrap(), 1);
    let found = db.find_by_idempotency_key("key-a").await.unwrap().unwrap();
    assert_eq!(found.id, "sub_a");
    assert!(db.find_by_idempotency_key("nope").await.unwrap().is_none());

    let row = db.get("sub_a").await.unwrap().unwrap();
    assert_eq!(row.report_pdf_bytes, 1000);
    assert_eq!(row.report_json_bytes, 7);
    assert_eq!(row.organisation["name"], "Test Org");
    assert_eq!(row.status, "received");
    assert!(db.get("sub_missing").await.unwrap().is_none());

    db.insert(submission("sub_c", "key-c")).await.unwrap();
    let ids: Vec<String> = db.list().await.unwrap().into_iter().map(|r| r.id).collect();
    assert_eq!(ids, ["sub_a", "sub_c"]);

    assert!(db.withdraw("sub_a", "2026-12-04T01:00:00Z").await.unwrap());
    assert!(
        !db.withdraw("sub_a", "2026-12-04T02:00:00Z").await.unwrap(),
        "a second withdrawal changes nothing"
    );
    let row = db.get("sub_a").await.unwrap().unwrap();
    assert_eq!(row.status, "withdrawn");
    assert_eq!(row.withdrawn_at.as_deref(), Some("2026-12-04T01:00:00Z"));
    assert_eq!((row.report_pdf_bytes, row.report_json_bytes), (0, 0));
    assert_eq!(row.organisation, serde_json::json!({}));
    let replay = db.find_by_idempotency_key("key-a").await.unwrap().unwrap();
    assert_eq!(replay.status, "withdrawn");
    assert!(!db
        .withdraw("sub_missing", "2026-12-04T02:00:00Z")
        .await
        .unwrap());
}

/// A claim pack is kept as one, listed with its kind, and never read as a readiness report for
/// statistics.
async fn claim_packs_are_kept_apart(db: Database) {
    db.insert(submission("sub_report", "key-r")).await.unwrap();
    let mut claim = submission("sub_claim", "key-c");
    claim.kind = PackageKind::ClaimPack;
    db.insert(claim).await.unwrap();
    // Both arrived at the same time: the listing's order between them is not the point.
    let mut kinds: Vec<(String, PackageKind)> = db
        .list()
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.id, r.kind))
        .collect();
    kinds.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        kinds,
        [
            ("sub_claim".to_owned(), PackageKind::ClaimPack),
            ("sub_report".to_owned(), PackageKind::ReadinessReport)
        ],
        "{}",
        db.engine()
    );
    assert_eq!(
        db.get("sub_claim").await.unwrap().unwrap().kind,
        PackageKind::ClaimPack
    );
    let reports = db.reports(None).await.unwrap();
    assert_eq!(
        reports.len(),
        1,
        "{}: only the readiness report",
        db.engine()
    );
}

#[tokio::test]
async fn sqlite_keeps_claim_packs_apart() {
    let (_dir, db) = sqlite().await;
    claim_packs_are_kept_apart(db).await;
}

#[tokio::test]
async fn postgres_keeps_claim_packs_apart() {
    let cluster = TestPostgres::start();
    claim_packs_are_kept_apart(postgres(&cluster).await).await;
}

/// Many writers with one key at once: exactly one row, everyone else sees it.
async fn one_key_many_writers(db: Database) {
    let mut tasks = Vec::new();
    for n in 0..12 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            db.insert(submission(&format!("sub_{n}"), "contended"))
                .await
        }));
    }
    let mut inserted = Vec::new();
    let mut existing = Vec::new();
    for (n, task) in tasks.into_iter().enumerate() {
        match task.await.unwrap().unwrap() {
            InsertOutcome::Inserted => inserted.push(format!("sub_{n}")),
            InsertOutcome::Existing(earlier) => existing.push(earlier.id),
        }
    }
    assert_eq!(inserted.len(), 1, "{}: {inserted:?}", db.engine());
    assert!(existing.iter().all(|id| *id == inserted[0]), "{existing:?}");
    assert_eq!(db.count().await.unwrap(), 1);
}

#[tokio::test]
async fn sqlite_lifecycle() {
    let (_dir, db) = sqlite().await;
    assert_eq!(db.engine(), "sqlite");
    lifecycle(db).await;
}

#[tokio::test]
async fn postgres_lifecycle() {
    let cluster = TestPostgres::start();
    let db = postgres(&cluster).await;
    assert_eq!(db.engine(), "postgres");
    lifecycle(db).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_one_key_many_writers() {
    let (_dir, db) = sqlite().await;
    one_key_many_writers(db).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_one_key_many_writers() {
    let cluster = TestPostgres::start();
    // Several pools, as several instances have: the database decides, not a lock in one process.
    let a = postgres(&cluster).await;
    let b = postgres(&cluster).await;
    let mut tasks = Vec::new();
    for n in 0..12 {
        let db = if n % 2 == 0 { a.clone() } else { b.clone() };
        tasks.push(tokio::spawn(async move {
            db.insert(submission(&format!("sub_{n}"), "contended"))
                .await
        }));
    }
    let mut inserted = 0;
    let mut ids = std::collections::BTreeSet::new();
    for task in tasks {
        match task.await.unwrap().unwrap() {
            InsertOutcome::Inserted => inserted += 1,
            InsertOutcome::Existing(earlier) => {
                ids.insert(earlier.id);
            }
        }
    }
    assert_eq!(inserted, 1);
    assert_eq!(ids.len(), 1, "every loser saw the one winner: {ids:?}");
    assert_eq!(a.count().await.unwrap(), 1);
    // And within one pool, as on SQLite.
    let db = postgres(&cluster).await;
    sqlx::query("DELETE FROM submissions")
        .execute(match &db {
            Database::Postgres(pg) => pg.pool(),
            Database::Sqlite(_) => unreachable!(),
        })
        .await
        .unwrap();
    one_key_many_writers(db).await;
}

#[tokio::test]
async fn postgres_migrates_from_empty_once_and_refuses_a_newer_schema() {
    let cluster = TestPostgres::start();
    let url = cluster.url();
    // Reading an empty database finds no schema and leaves none behind.
    assert!(matches!(
        PgStore::connect_existing(&url).await,
        Err(StoreError::MissingDatabase)
    ));
    // Several instances starting at once: the advisory lock lets one migrate, the rest see it.
    let (a, b, c) = tokio::join!(
        PgStore::connect(&url),
        PgStore::connect(&url),
        PgStore::connect(&url)
    );
    let (a, _b, _c) = (a.unwrap(), b.unwrap(), c.unwrap());
    assert_eq!(a.version().await.unwrap(), SCHEMA_VERSION);
    let steps: i64 = sqlx::query_scalar("SELECT count(*) FROM intake_schema_version")
        .fetch_one(a.pool())
        .await
        .unwrap();
    assert_eq!(steps, SCHEMA_VERSION, "each step applied once");
    PgStore::connect_existing(&url).await.unwrap();
    // A database a newer build migrated is refused, and left as found.
    sqlx::query("INSERT INTO intake_schema_version (version) VALUES ($1)")
        .bind(SCHEMA_VERSION as i32 + 1)
        .execute(a.pool())
        .await
        .unwrap();
    assert!(matches!(
        PgStore::connect(&url).await,
        Err(StoreError::TooNew(v)) if v == SCHEMA_VERSION + 1
    ));
    assert!(matches!(
        PgStore::connect_existing(&url).await,
        Err(StoreError::TooNew(_))
    ));
}

#[tokio::test]
async fn sqlite_migrates_from_empty() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        Store::open_existing(dir.path()),
        Err(StoreError::Missing(_))
    ));
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.count().unwrap(), 0);
    drop(store);
    Store::open_existing(dir.path()).unwrap();
}

#[tokio::test]
async fn a_bad_database_url_is_an_error_not_a_panic() {
    assert!(DatabaseUrl::parse("mysql://x").is_none());
    assert!(DatabaseUrl::parse("").is_none());
    let url = DatabaseUrl::parse("postgres://nobody@127.0.0.1:1/none").unwrap();
    assert_eq!(
        format!("{url:?}"),
        "postgres://…",
        "no password in debug output"
    );
    let mut config = IntakeConfig::new(std::env::temp_dir());
    config.database = Some(url);
    assert!(Database::open(&config).await.is_err());
    assert!(PgStore::connect("postgres://[::1").await.is_err());
}

/// A store written by the version before tenants keeps its rows, now the tenant `default`'s.
#[tokio::test]
async fn sqlite_upgrades_a_store_from_before_tenants() {
    let dir = tempfile::tempdir().unwrap();
    {
        let conn =
            rusqlite::Connection::open(dir.path().join(coverready_intake::store::STORE_FILE))
                .unwrap();
        conn.execute_batch(include_str!("../src/migrations/0001_submissions.sql"))
            .unwrap();
        conn.execute_batch(
            "INSERT INTO submissions VALUES ('sub_old', 'k', 'r', 'pk', 'rpt', 'm', '{}',
                 x'', x'', x'00', x'', 'received', '2026-01-01T00:00:00Z', NULL, '{}');
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let store = Store::open_existing(dir.path()).unwrap();
    let rows = store.list_tenant(DEFAULT_TENANT).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].id.as_str(), rows[0].tenant.as_str()),
        ("sub_old", "default")
    );
    assert!(store.tenant_exists(DEFAULT_TENANT).unwrap());
    assert!(!store.tenant_exists("acme").unwrap());
}

/// Tokens on both engines: stored as hashes, one tenant each, a tenant created with its first.
async fn tokens(db: Database) {
    use coverready_intake::access::{new_token, token_hash};
    assert!(db.tenant_exists(DEFAULT_TENANT).await.unwrap());
    assert!(!db.tenant_exists("acme").await.unwrap());
    let (token, hash) = new_token().unwrap();
    db.create_token("acme", &hash, "2026-12-04T00:00:00Z")
        .await
        .unwrap();
    let (second, second_hash) = new_token().unwrap();
    db.create_token("acme", &second_hash, "2026-12-04T00:00:01Z")
        .await
        .unwrap();
    assert!(db.tenant_exists("acme").await.unwrap());
    assert_eq!(
        db.tenant_for_token(&token_hash(&token))
            .await
            .unwrap()
            .as_deref(),
        Some("acme")
    );
    assert_eq!(
        db.tenant_for_token(&token_hash(&second))
            .await
            .unwrap()
            .as_deref(),
        Some("acme")
    );
    assert_eq!(
        db.tenant_for_token(&token).await.unwrap(),
        None,
        "the token itself is not stored"
    );
    // The same hash twice is refused, and the refused call leaves no half-made tenant.
    assert!(db
        .create_token("beta", &hash, "2026-12-04T00:00:02Z")
        .await
        .is_err());
    assert!(!db.tenant_exists("beta").await.unwrap(), "one transaction");
    let mut mine = submission("sub_t", "key-t");
    mine.tenant = "acme".to_owned();
    db.insert(mine).await.unwrap();
    db.insert(submission("sub_d", "key-d")).await.unwrap();
    let acme: Vec<String> = db
        .list_tenant("acme")
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(acme, ["sub_t"]);
    assert!(db.list_tenant("beta").await.unwrap().is_empty());
    assert_eq!(db.list().await.unwrap().len(), 2);
}

#[tokio::test]
async fn sqlite_tokens() {
    let (_dir, db) = sqlite().await;
    tokens(db).await;
}

#[tokio::test]
async fn postgres_tokens() {
    let cluster = TestPostgres::start();
    tokens(postgres(&cluster).await).await;
}
