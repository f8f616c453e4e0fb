//! Access (#18): submitting stays open; listing needs a tenant's bearer token. Every scenario
//! runs on SQLite and on a throwaway PostgreSQL.

mod support;

use coverready_intake::test_support::TestPostgres;
use coverready_intake::{DatabaseUrl, IntakeConfig, RunningServer};
use serde_json::Value;
use support::*;

/// Where a server keeps its data, as `token create` is told it.
enum Engine {
    Sqlite(tempfile::TempDir),
    Postgres(TestPostgres, tempfile::TempDir),
}

impl Engine {
    fn args(&self) -> Vec<String> {
        match self {
            Engine::Sqlite(dir) => vec!["--data-dir".into(), dir.path().display().to_string()],
            Engine::Postgres(cluster, _) => vec!["--database".into(), cluster.url()],
        }
    }

    async fn start(&self) -> RunningServer {
        let config = match self {
            Engine::Sqlite(dir) => IntakeConfig::new(dir.path()),
            Engine::Postgres(cluster, spool) => {
                let mut config = IntakeConfig::new(spool.path());
                config.database = DatabaseUrl::parse(&cluster.url());
                config
            }
        };
        coverready_intake::spawn_for_test(config).await.unwrap()
    }
}

/// `coverready-intake token create --tenant NAME …`: the token on stdout, nothing else.
fn create_token(engine: &Engine, tenant: &str) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coverready-intake"))
        .args(["token", "create", "--tenant", tenant])
        .args(engine.args())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let token = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert!(token.starts_with("crt_") && token.len() == 68, "{token}");
    token
}

async fn list(url: &str, token: Option<&str>) -> (u16, Value, reqwest::header::HeaderMap) {
    let mut request = http().get(url);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (
        status,
        response.json().await.unwrap_or(Value::Null),
        headers,
    )
}

async fn scenario(engine: Engine) {
    // Tokens before the first start, as an operator sets up a platform.
    let acme = create_token(&engine, "acme");
    let beta = create_token(&engine, "beta");
    let server = engine.start().await;
    let default_token = create_token(&engine, "default");
    let base = &server.url;
    let (_key_dir, key) = installation();

    // Submitting stays open: by a tenant's URL, or the plain one for `default`.
    let acme_package = TestPackage::new(&key, "rpt-acme", b"%PDF-1.4 acme".to_vec());
    let to_acme = post(
        &http(),
        &format!("{base}/t/acme"),
        acme_package.parts(&key),
        "k-acme",
    )
    .await;
    assert_eq!(to_acme.status, 201, "{:?}", to_acme.body);
    let acme_id = to_acme.body["submission_id"].as_str().unwrap().to_owned();
    let package = TestPackage::new(&key, "rpt-default", b"%PDF-1.4 default".to_vec());
    let to_default = post(&http(), base, package.parts(&key), "k-default").await;
    assert_eq!(to_default.status, 201);
    // A tenant nobody created gets nothing filed.
    let package = TestPackage::new(&key, "rpt-typo", b"%PDF-1.4 typo".to_vec());
    let typo = post(
        &http(),
        &format!("{base}/t/acmee"),
        package.parts(&key),
        "k-typo",
    )
    .await;
    assert_eq!(
        (typo.status, typo.body["code"].as_str()),
        (404, Some("not_found"))
    );
    let bad = post(
        &http(),
        &format!("{base}/t/A%2Fb"),
        package.parts(&key),
        "k-bad",
    )
    .await;
    assert_eq!(bad.status, 404);
    // The same key and package sent to another tenant is not a replay of the first.
    let cross = post(&http(), base, acme_package.parts(&key), "k-acme").await;
    assert_eq!(
        (cross.status, cross.body["code"].as_str()),
        (409, Some("idempotency_conflict"))
    );
    let again = post(
        &http(),
        &format!("{base}/t/acme"),
        acme_package.parts(&key),
        "k-acme",
    )
    .await;
    assert_eq!((again.status, again.replayed), (201, true));

    // Health under a tenant's URL (what the desktop client checks first), 404 for none.
    let health = http()
        .get(format!("{base}/t/acme/api/v1/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let health = http()
        .get(format!("{base}/t/zzz/api/v1/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 404);

    // Listing needs a token: none, a made-up one, a malformed header: 401 with a challenge.
    let plain = format!("{base}/api/v1/submissions");
    let (status, body, headers) = list(&plain, None).await;
    assert_eq!((status, body["code"].as_str()), (401, Some("unauthorized")));
    assert!(headers["www-authenticate"]
        .to_str()
        .unwrap()
        .starts_with("Bearer"));
    assert_eq!(headers["content-type"], "application/problem+json");
    let acme_list = format!("{base}/t/acme/api/v1/submissions");
    assert_eq!(list(&acme_list, None).await.0, 401);
    assert_eq!(list(&acme_list, Some("crt_0000")).await.0, 401);
    let raw = http()
        .get(&acme_list)
        .header("Authorization", "Basic YWNtZTp4")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 401);

    // A tenant lists its own, and only its own.
    let (status, body, _) = list(&acme_list, Some(&acme)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["tenant"], "acme");
    let rows = body["submissions"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["id"].as_str(), Some(acme_id.as_str()));
    assert_eq!(rows[0]["tenant"], "acme");
    let beta_list = format!("{base}/t/beta/api/v1/submissions");
    let (status, body, _) = list(&beta_list, Some(&acme)).await;
    assert_eq!((status, body["code"].as_str()), (403, Some("forbidden")));
    assert_eq!(
        list(&plain, Some(&acme)).await.0,
        403,
        "acme's token is not default's"
    );
    let (status, body, _) = list(&beta_list, Some(&beta)).await;
    assert_eq!(status, 200);
    assert!(body["submissions"].as_array().unwrap().is_empty());
    let (status, body, _) = list(&plain, Some(&default_token)).await;
    assert_eq!(status, 200);
    let rows = body["submissions"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["report_id"], "rpt-default");

    // Statistics likewise: the tenant's own, with its token.
    let acme_stats = format!("{base}/t/acme/api/v1/statistics");
    assert_eq!(list(&acme_stats, None).await.0, 401);
    assert_eq!(list(&acme_stats, Some(&beta)).await.0, 403);
    assert_eq!(
        list(&format!("{base}/api/v1/statistics"), None).await.0,
        401
    );
    let (status, body, _) = list(&acme_stats, Some(&acme)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["organisations"], "fewer than 5");

    // A submission is found under its own tenant's URL only.
    let under_acme = http()
        .get(format!("{base}/t/acme/api/v1/submissions/{acme_id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(under_acme.status(), 200);
    let elsewhere = http()
        .get(format!("{base}/api/v1/submissions/{acme_id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(elsewhere.status(), 404);
    let elsewhere = withdraw(&format!("{base}/t/beta"), &acme_id, &key).await;
    assert_eq!(elsewhere.status, 404);
    let withdrawn = withdraw(&format!("{base}/t/acme"), &acme_id, &key).await;
    assert_eq!(withdrawn.status, 200);
    server.stop().await;
}

#[tokio::test]
async fn listing_needs_the_tenants_token_on_sqlite() {
    scenario(Engine::Sqlite(tempfile::tempdir().unwrap())).await;
}

#[tokio::test]
async fn listing_needs_the_tenants_token_on_postgres() {
    scenario(Engine::Postgres(
        TestPostgres::start(),
        tempfile::tempdir().unwrap(),
    ))
    .await;
}

#[test]
fn token_create_refuses_a_bad_tenant_name_and_a_bad_url() {
    let dir = tempfile::tempdir().unwrap();
    for (tenant, extra) in [
        (
            "Acme/../x",
            vec!["--data-dir".to_owned(), dir.path().display().to_string()],
        ),
        (
            "acme",
            vec!["--database".to_owned(), "mysql://x".to_owned()],
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_coverready-intake"))
            .args(["token", "create", "--tenant", tenant])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{out:?}");
        assert!(out.stdout.is_empty(), "no token printed");
    }
}
