//! Benchmark over loopback TLS: how long a 1 MB package takes to be accepted, and whether the
//! server holds 200 concurrent submissions. `cargo run --release -p coverready-intake --example load`

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use coverready_intake::test_support::TestPki;
use coverready_intake::{IntakeConfig, RateLimit};
use coverready_submission::{
    build_package, Client, ClientConfig, ConsentRecord, Installation, Package, PackageInput,
};

fn package(installation: &Installation, id: &str, pdf_len: usize) -> Package {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize(pdf_len, b'x');
    build_package(
        PackageInput {
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
    let pki = TestPki::new();
    let server_dir = tempfile::tempdir().unwrap();
    let app_dir = tempfile::tempdir().unwrap();
    let mut config = IntakeConfig::new(server_dir.path());
    config.tls = Some(pki.tls());
    config.rate_limit = RateLimit {
        burst: 10_000,
        per_minute: 1_000_000,
    };
    // Every client below comes from 127.0.0.1; the default per-address cap (32) is meant for
    // separate machines and would close most of the 200 concurrent connections.
    config.max_connections_per_address = 256;
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
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

    // 1 MB packages, one after another; the first includes the TLS handshake.
    let mut times = Vec::new();
    for n in 0..20 {
        let package = package(&installation, &format!("rpt-1mb-{n}"), 1024 * 1024);
        let consent = ConsentRecord::for_package(&package, &destination);
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
        let consent = ConsentRecord::for_package(&package, &destination);
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
    let stored = coverready_intake::Store::open(server_dir.path())
        .unwrap()
        .count()
        .unwrap();
    println!(
        "{concurrent} concurrent submissions: {ok} accepted, {} errors, {stored} stored (incl. 20 above); wall {:.0} ms, p50 {:.0} ms, p95 {:.0} ms",
        concurrent - ok,
        millis(started.elapsed()),
        millis(latencies[latencies.len() / 2]),
        millis(latencies[latencies.len() * 95 / 100]),
    );
    server.stop().await;
}
