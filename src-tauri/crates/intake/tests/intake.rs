//! The intake server's own surface: health, routing, headers, limits, the store and the CLI.

use coverready_intake::{IntakeConfig, RateLimit};
use coverready_submission::protocol::Problem;

async fn start(dir: &std::path::Path) -> coverready_intake::RunningServer {
    let mut config = IntakeConfig::new(dir);
    config.rate_limit = RateLimit {
        burst: 2,
        per_minute: 1,
    };
    coverready_intake::spawn_for_test(config).await.unwrap()
}

fn http() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

#[tokio::test]
async fn health_names_the_protocol_and_the_receipt_key() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let health: serde_json::Value = http()
        .get(format!("{}/api/v1/health", server.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["protocol"], "coverready-submission/1");
    assert_eq!(health["receipt_public_key"].as_str().unwrap().len(), 44);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let key = dir
            .path()
            .join(coverready_intake::receipts::RECEIPT_KEY_FILE);
        let mode = std::fs::metadata(key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    server.stop().await;
}

#[tokio::test]
async fn errors_are_problem_json_with_stable_codes() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let check = |response: reqwest::Response, status: u16, code: &'static str| async move {
        assert_eq!(response.status().as_u16(), status);
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let problem: Problem = response.json().await.unwrap();
        assert_eq!(problem.code, code);
        assert_eq!(
            problem.problem_type,
            format!("urn:coverready:problem:{code}")
        );
        assert_eq!(problem.status, status);
    };
    let url = format!("{}/api/v1/submissions", server.url);
    check(
        http().post(&url).send().await.unwrap(),
        400,
        "missing_idempotency_key",
    )
    .await;
    check(
        http()
            .post(&url)
            .header("Idempotency-Key", "k1")
            .body("not multipart")
            .send()
            .await
            .unwrap(),
        400,
        "malformed_package",
    )
    .await;
    check(
        http().get(format!("{url}/sub_nope")).send().await.unwrap(),
        404,
        "not_found",
    )
    .await;
    check(
        http()
            .delete(format!("{url}/sub_nope"))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
    check(
        http()
            .get(format!("{}/elsewhere", server.url))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
    server.stop().await;
}

#[test]
fn the_rate_limiter_refills_over_time() {
    let limiter = coverready_intake::rate::RateLimiter::new(RateLimit {
        burst: 2,
        per_minute: 60,
    });
    assert!(limiter.check("a").is_ok());
    assert!(limiter.check("a").is_ok());
    let wait = limiter.check("a").unwrap_err();
    assert!(wait <= std::time::Duration::from_secs(1));
    assert!(limiter.check("b").is_ok(), "per key");
}

#[test]
fn list_command_reads_an_empty_store() {
    let dir = tempfile::tempdir().unwrap();
    // A store that exists and holds nothing (a folder without one is an error, see validation.rs).
    drop(coverready_intake::Store::open(dir.path()).unwrap());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coverready-intake"))
        .args(["list", "--json", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows, serde_json::json!([]));
}

#[test]
fn peeking_at_the_rate_limiter_takes_nothing() {
    let limiter = coverready_intake::rate::RateLimiter::new(RateLimit {
        burst: 1,
        per_minute: 1,
    });
    for _ in 0..5 {
        assert!(limiter.peek("a").is_ok());
    }
    assert!(limiter.check("a").is_ok());
    assert!(limiter.peek("a").is_err(), "the one token is gone");
    assert!(limiter.check("a").is_err());
}
