//! Load and faults bench over loopback TLS against real `coverready-intake serve` processes (not
//! CI): N concurrent signed packages (default 1,000 of 1 MiB), each with its own Idempotency-Key,
//! then a count of what the store holds: lost (never acknowledged, or acknowledged and not
//! stored) and duplicated (a report stored twice) must both be 0.
//!
//! ```text
//! cargo build --release -p coverready-intake --examples --bin coverready-intake
//! target/release/examples/fleet --engine sqlite            # one instance on SQLite
//! target/release/examples/fleet --engine postgres          # two instances, one PostgreSQL
//! target/release/examples/fleet --engine postgres --kill   # SIGKILL one of them half way
//! ```
//!
//! Options: `--count N`, `--size BYTES`. The server is the `coverready-intake` beside this
//! example's folder (the same build). A client whose attempt fails for a reason worth retrying
//! (connection refused or reset, timeout, 5xx) tries again, at most 8 times with a growing pause,
//! alternating between the instances and keeping its Idempotency-Key, as a client given both
//! addresses of one platform would. PostgreSQL is a throwaway cluster (the tests' own).

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use coverready_intake::test_support::{TestPki, TestPostgres};
use coverready_submission::{
    build_package, Client, ClientConfig, ConsentRecord, Installation, Package, PackageInput,
    RetryPolicy, SubmissionError,
};

struct Options {
    postgres: bool,
    kill: bool,
    count: usize,
    size: usize,
}

fn options() -> Options {
    let mut options = Options {
        postgres: false,
        kill: false,
        count: 1000,
        size: 1024 * 1024,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .unwrap_or_else(|| usage(&format!("{arg} needs a value")))
        };
        match arg.as_str() {
            "--engine" => match value().as_str() {
                "sqlite" => options.postgres = false,
                "postgres" => options.postgres = true,
                other => usage(&format!("--engine takes sqlite or postgres, not {other}")),
            },
            "--kill" => options.kill = true,
            "--count" => {
                options.count = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--count takes a number"))
            }
            "--size" => {
                options.size = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--size takes bytes"))
            }
            other => usage(&format!("unknown option {other}")),
        }
    }
    if options.kill && !options.postgres {
        usage("--kill needs --engine postgres (a second instance to retry at)");
    }
    options
}

fn usage(problem: &str) -> ! {
    eprintln!("fleet: {problem}");
    eprintln!("usage: fleet [--engine sqlite|postgres] [--kill] [--count N] [--size BYTES]");
    std::process::exit(2);
}

/// One `coverready-intake serve` process; its stderr goes to `log`.
struct Instance {
    child: Child,
    url: String,
}

fn start_instance(binary: &Path, args: &[String], log: &Path) -> Instance {
    let mut child = Command::new(binary)
        .arg("serve")
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("starting {}: {e}", binary.display()));
    let stderr = child.stderr.take().expect("piped stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    let log = log.to_owned();
    std::thread::spawn(move || {
        let mut out = std::fs::File::create(&log).expect("server log");
        let mut sent = false;
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            use std::io::Write;
            let _ = writeln!(out, "{line}");
            if !sent {
                if let Some(rest) = line.split("listening on ").nth(1) {
                    let url = rest
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_owned();
                    let _ = tx.send(url);
                    sent = true;
                }
            }
        }
    });
    let url = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the server printed no `listening on` line within 30 s");
    Instance { child, url }
}

fn package(installation: &Installation, id: &str, pdf_len: usize) -> Package {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize(pdf_len, b'x');
    build_package(
        PackageInput {
            kind: Default::default(),
            report_pdf: pdf,
            report_json: br#"{"report":"fleet"}"#.to_vec(),
            report_id: id.to_owned(),
            org_fields: BTreeMap::from([("name".to_owned(), "Fleet bench".to_owned())]),
            readiness_summary: serde_json::json!({"score": 50}),
            app_version: "0.1.0".to_owned(),
        },
        installation,
        SystemTime::now(),
    )
    .expect("package")
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Worth another attempt: the request may not have arrived, or the server failed.
fn retryable(error: &SubmissionError) -> bool {
    !matches!(
        error,
        SubmissionError::RejectedByPlatform { .. }
            | SubmissionError::ConsentMissing
            | SubmissionError::ConsentMismatch { .. }
            | SubmissionError::InvalidInput { .. }
            | SubmissionError::PackageTooLarge { .. }
    )
}

struct Outcome {
    report_id: String,
    submission_id: Option<String>,
    attempts: u32,
    took: Duration,
    last_error: Option<String>,
}

const MAX_ATTEMPTS: u32 = 8;

#[tokio::main]
async fn main() {
    let options = options();
    let binary: PathBuf = std::env::current_exe()
        .expect("this example's path")
        .parent()
        .and_then(Path::parent)
        .expect("examples/ inside a profile folder")
        .join("coverready-intake");
    assert!(
        binary.is_file(),
        "{} is missing: cargo build --release -p coverready-intake --examples --bin coverready-intake",
        binary.display()
    );
    let work = tempfile::tempdir().expect("a temp folder");
    let pki = TestPki::new();
    let cert = work.path().join("cert.pem");
    let key = work.path().join("key.pem");
    std::fs::write(&cert, &pki.server_cert_pem).unwrap();
    std::fs::write(&key, &pki.server_key_pem).unwrap();
    let cluster = options.postgres.then(TestPostgres::start);
    let instances_wanted = if options.postgres { 2 } else { 1 };
    let mut instances = Vec::new();
    for n in 0..instances_wanted {
        let dir = work.path().join(format!("instance-{n}"));
        std::fs::create_dir_all(&dir).unwrap();
        let mut args: Vec<String> = vec![
            "--listen".into(),
            "127.0.0.1:0".into(),
            "--data-dir".into(),
            dir.display().to_string(),
            "--tls-cert".into(),
            cert.display().to_string(),
            "--tls-key".into(),
            key.display().to_string(),
            // One installation sends everything, from one address: the per-key and
            // per-address limits are for a fleet of separate clients.
            "--rate-per-minute".into(),
            "10000000".into(),
            "--rate-burst".into(),
            "1000000".into(),
            "--max-connections".into(),
            "4096".into(),
            "--max-connections-per-address".into(),
            "4096".into(),
        ];
        if let Some(cluster) = &cluster {
            args.extend([
                "--database".into(),
                cluster.url(),
                "--receipt-key".into(),
                work.path()
                    .join("receipt-key.ed25519")
                    .display()
                    .to_string(),
            ]);
        }
        instances.push(start_instance(
            &binary,
            &args,
            &work.path().join(format!("instance-{n}.log")),
        ));
    }
    let engine = match (options.postgres, options.kill) {
        (false, _) => "one instance on SQLite".to_owned(),
        (true, false) => "two instances on one PostgreSQL".to_owned(),
        (true, true) => "two instances on one PostgreSQL, one SIGKILLed half way".to_owned(),
    };
    println!(
        "fleet: {engine}; {} concurrent packages of {} bytes over loopback TLS",
        options.count, options.size
    );

    let client = Arc::new(
        Client::new(ClientConfig {
            trust_public_roots: false,
            extra_roots_pem: vec![pki.ca_cert_pem.clone().into_bytes()],
            request_timeout: Duration::from_secs(300),
            // The bench does the retrying, so that a retry can go to the other instance.
            retry: RetryPolicy {
                max_attempts: 1,
                ..RetryPolicy::default()
            },
            ..ClientConfig::default()
        })
        .unwrap(),
    );
    let mut destinations = Vec::new();
    for instance in &instances {
        destinations.push(client.observe_destination(&instance.url).await.unwrap());
    }
    let destinations = Arc::new(destinations);
    let app_dir = tempfile::tempdir().unwrap();
    let installation = Installation::load_or_create(app_dir.path()).unwrap();
    let packages: Vec<Package> = (0..options.count)
        .map(|n| package(&installation, &format!("fleet-{n}"), options.size))
        .collect();
    let total_bytes: usize = packages
        .iter()
        .map(|p| p.parts().iter().map(|(_, b)| b.len()).sum::<usize>())
        .sum();

    let acknowledged = Arc::new(AtomicUsize::new(0));
    let kill_at = options.kill.then_some(options.count / 2);
    let killed = Arc::new(tokio::sync::Notify::new());
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for (n, package) in packages.into_iter().enumerate() {
        let client = client.clone();
        let destinations = destinations.clone();
        let acknowledged = acknowledged.clone();
        let killed = killed.clone();
        tasks.spawn(async move {
            let key = format!("fleet-key-{n}");
            let t = Instant::now();
            let mut last_error = None;
            for attempt in 0..MAX_ATTEMPTS {
                let target = &destinations[(n + attempt as usize) % destinations.len()];
                let consent = ConsentRecord::for_package(&package, target);
                match client.submit(&package, &consent, &key).await {
                    Ok(ack) => {
                        let done = acknowledged.fetch_add(1, Ordering::SeqCst) + 1;
                        if Some(done) == kill_at {
                            killed.notify_one();
                        }
                        return Outcome {
                            report_id: package.report_id().to_owned(),
                            submission_id: Some(ack.receipt.submission_id),
                            attempts: attempt + 1,
                            took: t.elapsed(),
                            last_error: None,
                        };
                    }
                    Err(e) if retryable(&e) => {
                        last_error = Some(e.to_string());
                        tokio::time::sleep(Duration::from_millis(100 << attempt.min(5))).await;
                    }
                    Err(e) => {
                        last_error = Some(e.to_string());
                        break;
                    }
                }
            }
            Outcome {
                report_id: package.report_id().to_owned(),
                submission_id: None,
                attempts: MAX_ATTEMPTS,
                took: t.elapsed(),
                last_error,
            }
        });
    }
    let mut killed_after = None;
    let mut outcomes = Vec::new();
    loop {
        tokio::select! {
            _ = killed.notified(), if killed_after.is_none() && kill_at.is_some() => {
                // SIGKILL: no shutdown, whatever it was receiving is cut off.
                instances[0].child.kill().expect("SIGKILL the first instance");
                killed_after = Some(started.elapsed());
            }
            joined = tasks.join_next() => match joined {
                Some(outcome) => outcomes.push(outcome.expect("a client task")),
                None => break,
            },
        }
    }
    let wall = started.elapsed();

    let rows = match &cluster {
        Some(cluster) => coverready_intake::pg::PgStore::connect_existing(&cluster.url())
            .await
            .unwrap()
            .list()
            .await
            .unwrap(),
        None => coverready_intake::Store::open(&work.path().join("instance-0"))
            .unwrap()
            .list()
            .unwrap(),
    };
    let mut stored: HashMap<&str, Vec<&str>> = HashMap::new();
    for row in &rows {
        stored
            .entry(row.report_id.as_str())
            .or_default()
            .push(row.id.as_str());
    }
    let mut unacknowledged = 0;
    let mut acknowledged_not_stored = 0;
    let mut latencies = Vec::new();
    let mut retried = 0;
    for outcome in &outcomes {
        latencies.push(outcome.took);
        retried += usize::from(outcome.attempts > 1);
        match &outcome.submission_id {
            None => {
                unacknowledged += 1;
                eprintln!(
                    "fleet: {} never acknowledged: {}",
                    outcome.report_id,
                    outcome.last_error.as_deref().unwrap_or("?")
                );
            }
            Some(id) => {
                if !stored
                    .get(outcome.report_id.as_str())
                    .is_some_and(|ids| ids.contains(&id.as_str()))
                {
                    acknowledged_not_stored += 1;
                }
            }
        }
    }
    let duplicated: usize = stored.values().map(|ids| ids.len().saturating_sub(1)).sum();
    let lost = unacknowledged + acknowledged_not_stored;
    latencies.sort();
    let pct = |p: usize| millis(latencies[(latencies.len() * p / 100).min(latencies.len() - 1)]);
    if let Some(at) = killed_after {
        println!(
            "fleet: instance 1 SIGKILLed after {} acknowledgements ({:.0} ms in)",
            kill_at.unwrap_or_default(),
            millis(at)
        );
    }
    println!(
        "fleet: {} acknowledged, {lost} lost ({unacknowledged} never acknowledged, {acknowledged_not_stored} acknowledged but not stored), {duplicated} duplicated, {} rows; {retried} needed a retry",
        outcomes.len() - unacknowledged,
        rows.len()
    );
    println!(
        "fleet: wall {:.1} s; p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms; {:.1} submissions/s, {:.1} MB/s",
        wall.as_secs_f64(),
        pct(50),
        pct(95),
        pct(100),
        outcomes.len() as f64 / wall.as_secs_f64(),
        total_bytes as f64 / 1e6 / wall.as_secs_f64()
    );
    for mut instance in instances {
        let _ = instance.child.kill();
        let _ = instance.child.wait();
    }
    drop(cluster);
    if lost > 0 || duplicated > 0 {
        eprintln!("fleet: FAILED: {lost} lost, {duplicated} duplicated");
        std::process::exit(1);
    }
}
