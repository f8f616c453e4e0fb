//! A randomized fault run: 200 submissions through a loopback proxy that drops, delays, stalls and
//! cuts connections (seeded, so a failure can be replayed), until every one is acknowledged. None
//! may be lost and none duplicated.

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use common::*;
use coverready_intake::test_support::TestPki;
use coverready_submission::{
    Client, ClientConfig, ConsentRecord, Installation, Outbox, RetryPolicy, SubmissionState,
};

const SUBMISSIONS: usize = 200;
const SEED: u64 = 0xC0FE_2026;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_submissions_through_a_faulty_network_arrive_exactly_once() {
    let seed = std::env::var("FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SEED);
    let pki = TestPki::new();
    let server_dir = tempfile::tempdir().unwrap();
    let app_dir = tempfile::tempdir().unwrap();
    let server = start_server(server_dir.path(), Some(&pki)).await;
    let mut rng = fastrand::Rng::with_seed(seed);
    let proxy = FaultProxy::start(
        server.addr,
        Box::new(move || match rng.u32(0..100) {
            0..=44 => Fault::Pass,
            45..=54 => Fault::Refuse,
            55..=69 => Fault::Delay(Duration::from_millis(rng.u64(1..300))),
            70..=79 => Fault::CutRequest(rng.usize(0..12_000)),
            80..=96 => Fault::CutResponse(rng.usize(0..12_000)),
            _ => Fault::Stall,
        }),
    )
    .await;
    let client = Client::new(ClientConfig {
        trust_public_roots: false,
        extra_roots_pem: vec![pki.ca_cert_pem.clone().into_bytes()],
        connect_timeout: Duration::from_millis(800),
        request_timeout: Duration::from_millis(1500),
        retry: RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(50),
            max_retry_after: Duration::from_secs(2),
        },
        reuse_connections: false,
        ..ClientConfig::default()
    })
    .unwrap();
    let installation = Installation::load_or_create(app_dir.path()).unwrap();
    // The consent screen's handshake goes straight to the server; the submissions through the
    // proxy present the same certificate, so the consent holds.
    let direct = client.observe_destination(&server.url).await.unwrap();
    let destination = coverready_submission::Destination {
        url: proxy.url("https"),
        tls_identity: direct.tls_identity,
    };
    let outbox = Outbox::open(app_dir.path()).unwrap();
    for n in 0..SUBMISSIONS {
        let package = package(&installation, &format!("rpt-fault-{n:03}"), 6_000 + n * 17);
        let consent = ConsentRecord::for_package(&package, &destination);
        outbox.enqueue(1, &package, Some(&consent)).unwrap();
    }

    let started = Instant::now();
    let deadline = started + Duration::from_secs(240);
    let mut rounds = 0;
    loop {
        rounds += 1;
        let outcomes = outbox.flush(&client).await.unwrap();
        assert!(
            outcomes
                .iter()
                .all(|o| o.state != SubmissionState::Rejected),
            "seed {seed}: a fault turned into a final refusal: {:?}",
            outcomes
                .iter()
                .find(|o| o.state == SubmissionState::Rejected)
        );
        if outcomes
            .iter()
            .all(|o| o.state == SubmissionState::Accepted)
        {
            break;
        }
        assert!(
            Instant::now() < deadline && rounds < 50,
            "seed {seed}: still pending after {rounds} rounds"
        );
    }

    let rows = outbox.list(None).unwrap();
    assert_eq!(rows.len(), SUBMISSIONS);
    assert!(rows
        .iter()
        .all(|r| r.state == SubmissionState::Accepted && r.receipt.is_some()));
    let remote_ids: BTreeSet<_> = rows.iter().filter_map(|r| r.remote_id.clone()).collect();
    assert_eq!(
        remote_ids.len(),
        SUBMISSIONS,
        "every row has its own remote id"
    );

    let stored = coverready_intake::Store::open(server_dir.path())
        .unwrap()
        .list()
        .unwrap();
    assert_eq!(
        stored.len(),
        SUBMISSIONS,
        "seed {seed}: none lost, none duplicated"
    );
    let report_ids: BTreeSet<_> = stored.iter().map(|s| s.report_id.clone()).collect();
    assert_eq!(report_ids.len(), SUBMISSIONS);
    let stored_ids: BTreeSet<_> = stored.iter().map(|s| s.id.clone()).collect();
    assert_eq!(
        stored_ids, remote_ids,
        "the client's ids are the server's ids"
    );
    let attempts: i64 = rows.iter().map(|r| r.attempts).sum();
    let connections = proxy.connections.load(std::sync::atomic::Ordering::SeqCst);
    eprintln!(
        "fault run: seed {seed}, {rounds} flush rounds, {attempts} flush attempts, {connections} proxied connections, {:?}",
        started.elapsed()
    );
    assert!(connections > SUBMISSIONS + 50, "faults were actually met");
    server.stop().await;
}
