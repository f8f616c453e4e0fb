//! The desktop client (crate `coverready-submission`), unchanged, against a tenant's URL on a
//! PostgreSQL-backed intake: a broker gives `http(s)://host/t/<tenant>` as the destination, and
//! submit, status and withdrawal all land under that tenant.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use coverready_intake::test_support::TestPostgres;
use coverready_intake::{DatabaseUrl, IntakeConfig};
use coverready_submission::{
    build_package, Client, ClientConfig, ConsentRecord, Installation, PackageInput, RetryPolicy,
};

#[tokio::test]
async fn the_desktop_client_submits_to_a_tenant_url_on_postgres() {
    let cluster = TestPostgres::start();
    let spool = tempfile::tempdir().unwrap();
    let mut config = IntakeConfig::new(spool.path());
    config.database = DatabaseUrl::parse(&cluster.url());
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    // (The server opens its store in its own task; connecting here migrates just the same.)
    let store = coverready_intake::pg::PgStore::connect(&cluster.url())
        .await
        .unwrap();
    let (token, hash) = coverready_intake::access::new_token().unwrap();
    store
        .create_token("acme", &hash, "2026-12-04T00:00:00Z")
        .await
        .unwrap();

    let app = tempfile::tempdir().unwrap();
    let installation = Installation::load_or_create(app.path()).unwrap();
    let client = Client::new(ClientConfig {
        trust_public_roots: false,
        connect_timeout: Duration::from_secs(2),
        request_timeout: Duration::from_secs(5),
        retry: RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(20),
            max_delay: Duration::from_millis(200),
            max_retry_after: Duration::from_secs(2),
        },
        ..ClientConfig::default()
    })
    .unwrap();
    let destination = client
        .observe_destination(&format!("{}/t/acme", server.url))
        .await
        .unwrap();
    let mut org = BTreeMap::new();
    org.insert("name".to_owned(), "Acme Ltd".to_owned());
    let package = build_package(
        PackageInput {
            kind: Default::default(),
            report_pdf: b"%PDF-1.7\nclient test".to_vec(),
            report_json: br#"{"report":"test"}"#.to_vec(),
            report_id: "rpt-client".to_owned(),
            org_fields: org,
            readiness_summary: serde_json::json!({"gate": "met", "score": 72}),
            app_version: "0.1.0".to_owned(),
        },
        &installation,
        SystemTime::now(),
    )
    .unwrap();
    let consent = ConsentRecord::for_package(&package, &destination);
    let ack = client
        .submit(&package, &consent, "client-key")
        .await
        .unwrap();
    assert_eq!(ack.status.status, "received");
    let id = ack.status.submission_id.clone();
    let again = client
        .submit(&package, &consent, "client-key")
        .await
        .unwrap();
    assert_eq!(
        again.status.submission_id, id,
        "a retry is the same submission"
    );

    let rows = store.list_tenant("acme").await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].id, id);
    assert!(store.list_tenant("default").await.unwrap().is_empty());
    let listing: serde_json::Value = reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .get(format!("{}/t/acme/api/v1/submissions", server.url))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listing["submissions"][0]["id"], id.as_str());

    let status = client
        .status(&destination, &id, &package.manifest_sha256())
        .await
        .unwrap();
    assert_eq!(status.status.status, "received");
    let withdrawn = client
        .withdraw(&destination, &id, &package.manifest_sha256(), &installation)
        .await
        .unwrap();
    assert_eq!(withdrawn.status.status, "withdrawn");
    assert_eq!(store.get(&id).await.unwrap().unwrap().report_pdf_bytes, 0);
    server.stop().await;
}
