//! What a hostile client on the network can do to the server: hold connections with slow or
//! stalled bodies, declare absurd sizes, and spend someone else's rate limit. Real HTTP over
//! loopback; other 127.0.0.x addresses play other client machines.

mod support;

use std::time::{Duration, Instant};

use coverready_intake::{IntakeConfig, RateLimit};
use support::{
    closed_within, http, http_from, installation, loopback, post, raw_connect, upload_head,
    TestPackage,
};
use tokio::io::AsyncWriteExt;

async fn health_latency(url: &str) -> Duration {
    // A fresh client each time: a new connection must get through, not just a pooled one.
    let started = Instant::now();
    let response = http()
        .get(format!("{url}/api/v1/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.bytes().await.unwrap();
    started.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_keeps_answering_under_a_flood_of_stalled_uploads() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = IntakeConfig::new(dir.path());
    config.max_connections_per_address = 16;
    config.max_connections = 400;
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let addr = server.addr;

    // 300 uploads from ten addresses, each declaring 20 MB and sending one byte of it.
    let mut flood = tokio::task::JoinSet::new();
    for n in 0..300u32 {
        let local = loopback(2 + (n % 10) as u8);
        flood.spawn(async move {
            let mut stream = raw_connect(local, addr).await;
            let mut head = upload_head(20_000_000, &format!("flood-{n}"));
            head.push(b'-');
            // A write can fail on a connection the server already closed.
            let _ = stream.write_all(&head).await;
            match closed_within(&mut stream, Duration::from_millis(1500)).await {
                Some(_) => None,
                None => Some(stream),
            }
        });
    }
    let mut held = Vec::new();
    while let Some(result) = flood.join_next().await {
        if let Some(stream) = result.unwrap() {
            held.push(stream);
        }
    }
    // 16 per address are held open (stalled, within their grace period); the rest were closed
    // on accept.
    assert_eq!(held.len(), 160);

    let mut latencies = Vec::new();
    for _ in 0..9 {
        latencies.push(health_latency(&server.url).await);
    }
    latencies.sort();
    let median = latencies[latencies.len() / 2];
    eprintln!(
        "health under the flood: median {median:?}, max {:?}",
        latencies[8]
    );
    assert!(median < Duration::from_millis(100), "{latencies:?}");
    drop(held);
    server.stop().await;
}

#[tokio::test]
async fn an_absurd_content_length_gets_413_before_any_body() {
    let dir = tempfile::tempdir().unwrap();
    let server = coverready_intake::spawn_for_test(IntakeConfig::new(dir.path()))
        .await
        .unwrap();
    let mut stream = raw_connect(loopback(1), server.addr).await;
    let started = Instant::now();
    stream
        .write_all(&upload_head(99_999_999_999, "huge"))
        .await
        .unwrap();
    let answer = closed_within(&mut stream, Duration::from_secs(5))
        .await
        .expect("the server answers and closes without waiting for the body");
    let elapsed = started.elapsed();
    let text = String::from_utf8_lossy(&answer);
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    assert!(text.contains("package_too_large"), "{text}");
    assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
    server.stop().await;
}

/// Sends `total` bytes of body in `chunk`-byte pieces every `every`, and says when the server
/// closed the connection (or `None` if the whole body went out first).
async fn trickle(
    server: std::net::SocketAddr,
    total: u64,
    chunk: usize,
    every: Duration,
) -> (Option<Duration>, Vec<u8>) {
    let mut stream = raw_connect(loopback(5), server).await;
    stream.write_all(&upload_head(total, "slow")).await.unwrap();
    let started = Instant::now();
    let mut sent = 0u64;
    while sent < total {
        if stream.write_all(&vec![b'-'; chunk]).await.is_err() {
            break;
        }
        sent += chunk as u64;
        if let Some(answer) = closed_within(&mut stream, every).await {
            return (Some(started.elapsed()), answer);
        }
    }
    (None, Vec::new())
}

#[tokio::test]
async fn a_body_below_the_minimum_rate_is_cut_off() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = IntakeConfig::new(dir.path());
    config.upload_grace = Duration::from_secs(1);
    config.min_upload_bytes_per_sec = 1000;
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    // 100 B/s against a minimum of 1000 B/s: behind from about 1.1 s on.
    let (closed, answer) = trickle(server.addr, 100_000, 10, Duration::from_millis(100)).await;
    let closed = closed.expect("the trickle was cut off");
    assert!(
        closed > Duration::from_millis(900) && closed < Duration::from_secs(4),
        "{closed:?}"
    );
    assert!(answer.is_empty(), "cut off without an answer");

    // The same server takes a body that keeps pace (the rule is about the rate, not the size).
    let (_key_dir, key) = installation();
    let package = TestPackage::new(&key, "rpt-fast", vec![b'p'; 200_000]);
    let answer = post(&http(), &server.url, package.parts(&key), "fast").await;
    assert_eq!(answer.status, 201, "{:?}", answer.body);
    server.stop().await;
}

#[tokio::test]
async fn a_body_that_keeps_pace_but_never_ends_meets_the_request_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = IntakeConfig::new(dir.path());
    config.upload_grace = Duration::ZERO;
    config.min_upload_bytes_per_sec = 100;
    config.request_timeout = Duration::from_secs(2);
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    // 1000 B/s, well above the minimum, for longer than the deadline.
    let (closed, _) = trickle(server.addr, 1_000_000, 100, Duration::from_millis(100)).await;
    let closed = closed.expect("the upload was cut off");
    assert!(
        closed > Duration::from_millis(1800) && closed < Duration::from_secs(5),
        "{closed:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn junk_under_a_victims_key_does_not_lock_the_victim_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = IntakeConfig::new(dir.path());
    config.rate_limit = RateLimit {
        burst: 2,
        per_minute: 1,
    };
    // The attacker is not stopped by the address limit here, so all its junk reaches the
    // signature check: what matters is that none of it is charged to the victim's key.
    config.refused_rate_limit = RateLimit {
        burst: 1000,
        per_minute: 1000,
    };
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let (_victim_dir, victim) = installation();
    let (_attacker_dir, attacker) = installation();
    let attacker_http = http_from(loopback(2));
    for n in 0..20 {
        // The victim's public key in the manifest, signed by someone else.
        let junk = TestPackage::new(&victim, &format!("rpt-junk-{n}"), b"%PDF junk".to_vec());
        let answer = post(
            &attacker_http,
            &server.url,
            junk.parts(&attacker),
            &format!("j{n}"),
        )
        .await;
        assert_eq!(answer.status, 422, "{:?}", answer.body);
        assert_eq!(answer.body["code"], "bad_signature");
    }
    let real = TestPackage::new(&victim, "rpt-real", b"%PDF real".to_vec());
    let answer = post(&http(), &server.url, real.parts(&victim), "real").await;
    assert_eq!(answer.status, 201, "{:?}", answer.body);
    // The key limit itself still holds for verified submissions.
    let second = TestPackage::new(&victim, "rpt-real-2", b"%PDF real 2".to_vec());
    assert_eq!(
        post(&http(), &server.url, second.parts(&victim), "real-2")
            .await
            .status,
        201
    );
    let third = TestPackage::new(&victim, "rpt-real-3", b"%PDF real 3".to_vec());
    let answer = post(&http(), &server.url, third.parts(&victim), "real-3").await;
    assert_eq!(answer.status, 429, "{:?}", answer.body);
    server.stop().await;
}

#[tokio::test]
async fn a_flood_of_invalid_requests_from_one_address_gets_429() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = IntakeConfig::new(dir.path());
    config.refused_rate_limit = RateLimit {
        burst: 5,
        per_minute: 1,
    };
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let (_key_dir, key) = installation();
    let (_other_dir, other) = installation();
    let flooder = http_from(loopback(3));
    let mut statuses = Vec::new();
    let mut retry_after = None;
    for n in 0..12 {
        // Each from a fresh key: the per-key limit cannot be what stops them.
        let (_d, fresh) = installation();
        let junk = TestPackage::new(&fresh, &format!("rpt-flood-{n}"), b"%PDF".to_vec());
        let response = flooder
            .post(format!("{}/api/v1/submissions", server.url))
            .header("Idempotency-Key", format!("f{n}"))
            .multipart(junk.parts(&other).into_iter().fold(
                reqwest::multipart::Form::new(),
                |form, (name, bytes)| {
                    form.part(name, reqwest::multipart::Part::bytes(bytes).file_name(name))
                },
            ))
            .send()
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
        if response.status() == 429 {
            retry_after = response.headers().get("retry-after").cloned();
            let problem: serde_json::Value = response.json().await.unwrap();
            assert_eq!(problem["code"], "rate_limited");
        }
    }
    assert_eq!(&statuses[..5], &[422; 5], "{statuses:?}");
    assert!(statuses[5..].iter().all(|s| *s == 429), "{statuses:?}");
    assert!(retry_after.is_some());
    // Even a good submission from that address waits; another address is unaffected.
    let good = TestPackage::new(&key, "rpt-good", b"%PDF good".to_vec());
    assert_eq!(
        post(&flooder, &server.url, good.parts(&key), "g1")
            .await
            .status,
        429
    );
    let answer = post(&http_from(loopback(4)), &server.url, good.parts(&key), "g2").await;
    assert_eq!(answer.status, 201, "{:?}", answer.body);
    server.stop().await;
}

#[tokio::test]
async fn a_connection_that_sends_nothing_is_closed_after_the_header_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = IntakeConfig::new(dir.path());
    config.handshake_timeout = Duration::from_secs(1);
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let started = Instant::now();
    let mut idle = raw_connect(loopback(6), server.addr).await;
    let answer = closed_within(&mut idle, Duration::from_secs(5)).await;
    assert!(answer.is_some(), "an idle connection stayed open");
    assert!(started.elapsed() >= Duration::from_millis(900));
    server.stop().await;
}

#[test]
fn serve_prints_its_limits_at_startup() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_coverready-intake"))
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--max-connections-per-address",
            "7",
        ])
        .arg("--data-dir")
        .arg(dir.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let listening = lines.next().unwrap().unwrap();
    let limits = lines.next().unwrap().unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        listening.contains("listening on http://127.0.0.1:"),
        "{listening}"
    );
    assert!(
        limits.contains("connections 512 total, 7 per address"),
        "{limits}"
    );
    assert!(limits.contains("at least 8192 B/s after 10 s"), "{limits}");
}

#[tokio::test]
async fn spooled_bytes_have_a_budget_across_uploads() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = IntakeConfig::new(dir.path());
    config.max_spooled_bytes = 1_000_000;
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    // Two stalled uploads from two addresses, 600 kB each: together past the budget. Which one
    // the server reads first is up to the scheduler; exactly one of them must be refused.
    let mut uploads = Vec::new();
    for n in 0..2u8 {
        let mut stream = raw_connect(loopback(7 + n), server.addr).await;
        stream
            .write_all(&upload_head(900_000, &format!("park-{n}")))
            .await
            .unwrap();
        let _ = stream.write_all(&vec![b'-'; 600_000]).await;
        uploads.push(stream);
    }
    let mut refused = Vec::new();
    let mut open = Vec::new();
    for mut stream in uploads {
        match closed_within(&mut stream, Duration::from_millis(1500)).await {
            Some(answer) => refused.push(String::from_utf8_lossy(&answer).into_owned()),
            None => open.push(stream),
        }
    }
    assert_eq!((refused.len(), open.len()), (1, 1), "{refused:?}");
    let text = &refused[0];
    assert!(text.starts_with("HTTP/1.1 503"), "{text}");
    assert!(
        text.to_ascii_lowercase().contains("retry-after: 30"),
        "{text}"
    );
    assert!(text.contains("\"unavailable\""), "{text}");
    // Once the parked one goes away its share is back: a real submission fits again.
    drop(open);
    let (_key_dir, key) = installation();
    let package = TestPackage::new(&key, "rpt-after", vec![b'p'; 600_000]);
    let mut status = 0;
    for _ in 0..50 {
        // The server notices the closed connection on its next read; give it a moment.
        status = post(&http(), &server.url, package.parts(&key), "after")
            .await
            .status;
        if status == 201 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(status, 201);
    server.stop().await;
}
