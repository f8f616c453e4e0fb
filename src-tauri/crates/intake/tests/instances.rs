//! Several intake instances, one PostgreSQL: two in-process servers on two loopback ports share a
//! throwaway cluster and one receipt key file, as a platform behind a load balancer would.

mod support;

use coverready_intake::pg::PgStore;
use coverready_intake::test_support::TestPostgres;
use coverready_intake::{DatabaseUrl, IntakeConfig, RunningServer};
use support::*;

/// One instance: its own spool folder, the shared database and the shared key file.
async fn instance(
    spool: &std::path::Path,
    database: &str,
    key_file: &std::path::Path,
) -> RunningServer {
    let mut config = IntakeConfig::new(spool);
    config.database = DatabaseUrl::parse(database);
    config.receipt_key_file = Some(key_file.to_path_buf());
    coverready_intake::spawn_for_test(config).await.unwrap()
}

async fn receipt_key(server: &RunningServer) -> String {
    let health: serde_json::Value = http()
        .get(format!("{}/api/v1/health", server.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    health["receipt_public_key"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_receive_one_package_at_once_one_acceptance_one_replay_one_row() {
    let cluster = TestPostgres::start();
    let shared = tempfile::tempdir().unwrap();
    let key_file = shared.path().join("platform-receipt-key.ed25519");
    let (spool_a, spool_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = instance(spool_a.path(), &cluster.url(), &key_file).await;
    let b = instance(spool_b.path(), &cluster.url(), &key_file).await;
    assert_ne!(a.addr.port(), b.addr.port());
    assert_eq!(
        receipt_key(&a).await,
        receipt_key(&b).await,
        "one platform key"
    );

    let (_key_dir, key) = installation();
    let (client_a, client_b) = (http(), http());
    for round in 0..5 {
        let package = TestPackage::new(&key, &format!("rpt-{round}"), b"%PDF-1.4 two".to_vec());
        let idempotency_key = format!("twin-{round}");
        let (first, second) = tokio::join!(
            post(&client_a, &a.url, package.parts(&key), &idempotency_key),
            post(&client_b, &b.url, package.parts(&key), &idempotency_key),
        );
        assert_eq!(
            (first.status, second.status),
            (201, 201),
            "{first:?} {second:?}",
            first = first.body,
            second = second.body
        );
        assert_eq!(
            [first.replayed, second.replayed]
                .iter()
                .filter(|r| **r)
                .count(),
            1,
            "round {round}: exactly one replay"
        );
        assert_eq!(
            first.body, second.body,
            "the replay is the acceptance, byte for byte"
        );
    }
    let store = PgStore::connect_existing(&cluster.url()).await.unwrap();
    assert_eq!(store.count().await.unwrap(), 5, "one row per package");

    // A submission accepted by A is known to B: status, withdrawal, and the replay after it.
    let package = TestPackage::new(&key, "rpt-cross", b"%PDF-1.4 cross".to_vec());
    let accepted = post(&http(), &a.url, package.parts(&key), "cross").await;
    assert_eq!(accepted.status, 201);
    let id = accepted.body["submission_id"].as_str().unwrap().to_owned();
    let withdrawn = withdraw(&b.url, &id, &key).await;
    assert_eq!(withdrawn.status, 200, "{:?}", withdrawn.body);
    assert_eq!(withdrawn.body["status"], "withdrawn");
    let replay = post(&http(), &a.url, package.parts(&key), "cross").await;
    assert_eq!((replay.status, replay.replayed), (201, true));
    assert_eq!(replay.body["status"], "withdrawn");
    // The key file was created once, by whichever instance came first.
    assert!(key_file.is_file());
    a.stop().await;
    b.stop().await;
}

/// The command line: `serve --database … --receipt-key …` on a free port, then `list --database`.
#[tokio::test]
async fn serve_and_list_on_postgres_from_the_command_line() {
    use std::io::BufRead;
    let cluster = TestPostgres::start();
    let shared = tempfile::tempdir().unwrap();
    let key_file = shared.path().join("receipt-key.ed25519");
    let bin = env!("CARGO_BIN_EXE_coverready-intake");
    // --database without --receipt-key is refused: instances must share one named key.
    let out = std::process::Command::new(bin)
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--database",
            &cluster.url(),
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--receipt-key"));

    /// Kills the server however the test ends.
    struct Killed(std::process::Child);
    impl Drop for Killed {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let mut child = std::process::Command::new(bin)
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--database",
            &cluster.url(),
        ])
        .arg("--receipt-key")
        .arg(&key_file)
        .arg("--data-dir")
        .arg(shared.path().join("spool"))
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let child = Killed(child);
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert!(line.contains("store PostgreSQL"), "{line}");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .to_owned();
    let (_key_dir, key) = installation();
    let package = TestPackage::new(&key, "rpt-cli", b"%PDF-1.4 cli".to_vec());
    // The server opens its store after it printed its address; give it a moment.
    let mut answer = post(&http(), &url, package.parts(&key), "cli-key").await;
    for _ in 0..50 {
        if answer.status == 201 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        answer = post(&http(), &url, package.parts(&key), "cli-key").await;
    }
    assert_eq!(answer.status, 201, "{:?}", answer.body);
    drop(child);

    let out = std::process::Command::new(bin)
        .args(["list", "--json", "--database", &cluster.url()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["report_id"], "rpt-cli");
    assert!(key_file.is_file(), "the named key file was created");
    // A database nothing ever ran on is an error for `list`, and stays empty.
    let empty = cluster.create_database("empty");
    let out = std::process::Command::new(bin)
        .args(["list", "--database", &empty])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no intake schema"));
}

/// The per-installation-key limit is one bucket in the database, whichever instance is asked.
#[tokio::test]
async fn the_installation_rate_limit_is_shared_by_all_instances() {
    let cluster = TestPostgres::start();
    let shared = tempfile::tempdir().unwrap();
    let key_file = shared.path().join("platform-receipt-key.ed25519");
    let start = |spool: std::path::PathBuf| {
        let mut config = IntakeConfig::new(spool);
        config.database = DatabaseUrl::parse(&cluster.url());
        config.receipt_key_file = Some(key_file.clone());
        config.rate_limit = coverready_intake::RateLimit {
            burst: 3,
            per_minute: 1,
        };
        coverready_intake::spawn_for_test(config)
    };
    let a = start(shared.path().join("a")).await.unwrap();
    let b = start(shared.path().join("b")).await.unwrap();
    let (_key_dir, key) = installation();
    let mut statuses = Vec::new();
    let first = TestPackage::new(&key, "rpt-rate-0", b"%PDF-1.4 r".to_vec());
    for n in 0..5 {
        let server = if n % 2 == 0 { &a } else { &b };
        let package = match n {
            0 => TestPackage {
                manifest: first.manifest.clone(),
                pdf: first.pdf.clone(),
                json: first.json.clone(),
            },
            _ => TestPackage::new(&key, &format!("rpt-rate-{n}"), b"%PDF-1.4 r".to_vec()),
        };
        let answer = post(
            &http(),
            &server.url,
            package.parts(&key),
            &format!("rate-{n}"),
        )
        .await;
        if answer.status == 429 {
            assert_eq!(answer.body["code"], "rate_limited");
        }
        statuses.push(answer.status);
    }
    assert_eq!(
        statuses,
        [201, 201, 201, 429, 429],
        "a burst of 3 across both instances"
    );
    // Another installation has its own bucket.
    let (_other_dir, other) = installation();
    let package = TestPackage::new(&other, "rpt-other", b"%PDF-1.4 o".to_vec());
    assert_eq!(
        post(&http(), &b.url, package.parts(&other), "rate-other")
            .await
            .status,
        201
    );
    // A replay is answered from the store, on any instance, even with the bucket empty.
    let replay = post(&http(), &b.url, first.parts(&key), "rate-0").await;
    assert_eq!((replay.status, replay.replayed), (201, true));
    a.stop().await;
    b.stop().await;
}
