//! Benchmark over loopback TLS: how long a 1 MB package takes to be accepted, and whether the
//! server holds 200 concurrent submissions. `cargo run --release -p coverready-intake --example load`
//!
//! With `-- --postgres`: the same against two instances sharing a throwaway PostgreSQL cluster
//! (requests alternate between them), then 50 packages each sent to both instances at once with
//! one Idempotency-Key: every pair must give one acceptance, one replay and one row.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use coverready_intake::test_support::{TestPki, TestPostgres};
use coverready_intake::{DatabaseUrl, IntakeConfig, RateLimit};
use coverready_submission::{
    build_package, Client, ClientConfig, ConsentRecord, Installation, Package, PackageInput,
};

fn package(installation: &Installation, id: &str, pdf_len: usize) -> Package {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize(pdf_len, b'x');
    build_package(
        PackageInput {
            kind: Default::default(),
            report_pdf: pdf,
            report_json: br#"{"report":"load"}"#.to_vec(),
            report_id: id.to_owned(),
            org_fields: BTreeMap::from([("name".to_owned(), "示例".to_owned())]),
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

#[tokio::main]
async fn main() {
    let postgres = std::env::args().any(|a| a == "--postgres");
    let pki = TestPki::new();
    let server_dir = tempfile::tempdir().unwrap();
    let spool_b = tempfile::tempdir().unwrap();
    let app_dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let cluster = postgres.then(TestPostgres::start);
    if cluster.is_some() {
        println!(
            "throwaway PostgreSQL cluster (initdb + start + createdb): {:.0} ms",
            millis(started.elapsed())
        );
    }
    let config_for = |dir: &std::path::Path| {
        let mut config = IntakeConfig::new(dir);
        config.tls = Some(pki.tls());
        config.rate_limit = RateLimit {
            burst: 10_000,
            per_minute: 1_000_000,
        };
        // Every client below comes from 127.0.0.1; the default per-address cap (32) is meant
        // for separate machines and would close most of the 200 concurrent connections.
        config.max_connections_per_address = 256;
        if let Some(cluster) = &cluster {
            config.database = DatabaseUrl::parse(&cluster.url());
            config.receipt_key_file = Some(server_dir.path().join("platform-key.ed25519"));
        }
        config
    };
    let server = coverready_intake::spawn_for_test(config_for(server_dir.path()))
        .await
        .unwrap();
    let second = match cluster {
        Some(_) => Some(
            coverready_intake::spawn_for_test(config_for(spool_b.path()))
                .await
                .unwrap(),
        ),
        None => None,
    };
    let count = || async {
        match &cluster {
            Some(cluster) => coverready_intake::pg::PgStore::connect_existing(&cluster.url())
                .await
                .unwrap()
                .count()
                .await
                .unwrap(),
            None => coverready_intake::Store::open(server_dir.path())
                .unwrap()
                .count()
                .unwrap(),
        }
    };
    let client = Arc::new(
        Client::new(ClientConfig {
            trust_public_roots: false,
            extra_roots_pem: vec![pki.ca_cert_pem.clone().into_bytes()],
            ..ClientConfig::default()
        })
        .unwrap(),
    );
    let installation = Installation::load_or_create(app_dir.path()).unwrap();
    let destination = client.observe_destination(&server.url).await.unwrap();
    // With two instances, every other request goes to the second (same platform, same key).
    let destination_b = match &second {
        Some(b) => client.observe_destination(&b.url).await.unwrap(),
        None => destination.clone(),
    };
    let engine = if second.is_some() {
        "two instances on PostgreSQL"
    } else {
        "one instance on SQLite"
    };
    println!("engine: {engine}");

    // 1 MB packages, one after another; the first includes the TLS handshake.
    let mut times = Vec::new();
    for n in 0..20 {
        let package = package(&installation, &format!("rpt-1mb-{n}"), 1024 * 1024);
        let target = if n % 2 == 0 {
            &destination
        } else {
            &destination_b
        };
        let consent = ConsentRecord::for_package(&package, target);
        let started = Instant::now();
        client
            .submit(&package, &consent, &format!("bench-1mb-{n}"))
            .await
            .expect("accepted");
        times.push(started.elapsed());
    }
    let first = times[0];
    let mut warm = times[1..].to_vec();
    warm.sort();
    println!(
        "1 MB package over loopback TLS: first (with handshake) {:.1} ms; warm median {:.1} ms, max {:.1} ms ({} runs)",
        millis(first),
        millis(warm[warm.len() / 2]),
        millis(*warm.last().unwrap()),
        warm.len()
    );

    // 200 concurrent submissions, each on its own connection (its own client), 20 kB each.
    let concurrent = 200;
    let mut clients = Vec::new();
    for _ in 0..concurrent {
        clients.push(Arc::new(
            Client::new(ClientConfig {
                trust_public_roots: false,
                extra_roots_pem: vec![pki.ca_cert_pem.clone().into_bytes()],
                ..ClientConfig::default()
            })
            .unwrap(),
        ));
    }
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for (n, client) in clients.into_iter().enumerate() {
        let package = package(&installation, &format!("rpt-conc-{n}"), 20 * 1024);
        let target = if n % 2 == 0 {
            &destination
        } else {
            &destination_b
        };
        let consent = ConsentRecord::for_package(&package, target);
        tasks.spawn(async move {
            let t = Instant::now();
            let result = client
                .submit(&package, &consent, &format!("bench-conc-{n}"))
                .await;
            (result.is_ok(), t.elapsed())
        });
    }
    let mut ok = 0;
    let mut latencies = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        let (accepted, took) = joined.unwrap();
        ok += usize::from(accepted);
        latencies.push(took);
    }
    latencies.sort();
    let stored = count().await;
    println!(
        "{concurrent} concurrent submissions: {ok} accepted, {} errors, {stored} stored (incl. 20 above); wall {:.0} ms, p50 {:.0} ms, p95 {:.0} ms",
        concurrent - ok,
        millis(started.elapsed()),
        millis(latencies[latencies.len() / 2]),
        millis(latencies[latencies.len() * 95 / 100]),
    );
    if let Some(b) = &second {
        // The same package to both instances at once, one key per pair.
        let http = |ca: &str| {
            reqwest::Client::builder()
                .no_proxy()
                .add_root_certificate(reqwest::Certificate::from_pem(ca.as_bytes()).unwrap())
                .build()
                .unwrap()
        };
        let (ha, hb) = (http(&pki.ca_cert_pem), http(&pki.ca_cert_pem));
        let before = count().await;
        let pairs = 50;
        let (mut accepted, mut replayed, mut failed) = (0, 0, 0);
        let started = Instant::now();
        for n in 0..pairs {
            let package = package(&installation, &format!("rpt-twin-{n}"), 20 * 1024);
            let form = || {
                package.parts().into_iter().fold(
                    reqwest::multipart::Form::new(),
                    |form, (name, bytes)| {
                        form.part(
                            name.to_owned(),
                            reqwest::multipart::Part::bytes(bytes.to_vec())
                                .file_name(name.to_owned()),
                        )
                    },
                )
            };
            let key = format!("bench-twin-{n}");
            let send = |client: &reqwest::Client, url: &str| {
                client
                    .post(format!("{url}/api/v1/submissions"))
                    .header("Idempotency-Key", key.clone())
                    .multipart(form())
                    .send()
            };
            let (x, y) = tokio::join!(send(&ha, &server.url), send(&hb, &b.url));
            for answer in [x, y] {
                match answer {
                    Ok(r)
                        if r.status() == 201 && r.headers().contains_key("idempotent-replayed") =>
                    {
                        replayed += 1
                    }
                    Ok(r) if r.status() == 201 => accepted += 1,
                    _ => failed += 1,
                }
            }
        }
        let rows = count().await - before;
        println!(
            "{pairs} packages each sent to both instances at once: {accepted} accepted, {replayed} replayed, {failed} failed, {rows} rows; wall {:.0} ms",
            millis(started.elapsed())
        );
    }
    server.stop().await;
    if let Some(b) = second {
        b.stop().await;
    }
}
