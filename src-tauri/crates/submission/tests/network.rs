//! End to end over loopback: the real client, the reference intake server, real HTTP and real TLS
//! with a CA made by the test.

mod common;

use std::time::{Duration, Instant};

use common::*;
use coverready_intake::test_support::TestPki;
use coverready_submission::protocol::{Problem, PROBLEM_CONTENT_TYPE};
use coverready_submission::{
    ConsentRecord, Destination, Installation, Outbox, SubmissionError, SubmissionState,
};

#[tokio::test]
async fn happy_path_over_tls_with_receipt_status_and_withdrawal() {
    let pki = TestPki::new();
    let (server_dir, app_dir, installation) = folders();
    let server = start_server(server_dir.path(), Some(&pki)).await;
    let client = client_for(&pki);

    let destination = client.observe_destination(&server.url).await.unwrap();
    assert_eq!(
        destination.tls_identity,
        coverready_submission::certificate_identity(&pki.server_cert_der)
    );
    let package = package(&installation, "rpt-happy", 20_000);
    let consent = ConsentRecord::for_package(&package, &destination);
    let outbox = Outbox::open(app_dir.path()).unwrap();
    let id = outbox.enqueue(7, &package, Some(&consent)).unwrap();

    let outcomes = outbox.flush(&client).await.unwrap();
    assert_eq!(outcomes.len(), 1);
    assert_eq!(outcomes[0].state, SubmissionState::Accepted, "{outcomes:?}");
    let row = outbox.get(id).unwrap();
    assert_eq!(row.state, SubmissionState::Accepted);
    assert!(row.receipt.is_some() && row.receipt_key_fingerprint.is_some());
    assert_eq!(row.consent, consent);
    assert_eq!(outbox.list(Some(7)).unwrap().len(), 1);
    assert!(outbox.list(Some(8)).unwrap().is_empty());

    let stored = coverready_intake::Store::open(server_dir.path())
        .unwrap()
        .list()
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].report_id, "rpt-happy");
    assert_eq!(stored[0].organisation["name"], "北京示例科技有限公司");
    assert_eq!(stored[0].report_pdf_bytes, 20_000);

    let refreshed = outbox.refresh_status(id, &client).await.unwrap();
    assert_eq!(refreshed.remote_status.as_deref(), Some("received"));

    let withdrawn = outbox.withdraw(id, &client, &installation).await.unwrap();
    assert_eq!(withdrawn.state, SubmissionState::Withdrawn);
    let stored = coverready_intake::Store::open(server_dir.path())
        .unwrap()
        .list()
        .unwrap();
    assert_eq!(stored[0].status, "withdrawn");
    assert_eq!(
        stored[0].report_pdf_bytes, 0,
        "withdrawal deletes the content"
    );
    // Withdrawing again is acknowledged, not an error.
    let again = outbox.withdraw(id, &client, &installation).await.unwrap();
    assert_eq!(again.state, SubmissionState::Withdrawn);
    server.stop().await;
}

/// A restored copy of the data folder still holds the package as queued; the platform answers
/// its replay with the submission's signed current state, and the copy records it as withdrawn
/// instead of calling a valid receipt invalid or counting a new submission.
#[tokio::test]
async fn a_replay_of_a_withdrawn_submission_is_recorded_as_withdrawn() {
    let pki = TestPki::new();
    let (server_dir, app_dir, installation) = folders();
    let server = start_server(server_dir.path(), Some(&pki)).await;
    let client = client_for(&pki);
    let destination = client.observe_destination(&server.url).await.unwrap();
    let package = package(&installation, "rpt-restored", 2_000);
    let consent = ConsentRecord::for_package(&package, &destination);
    let outbox = Outbox::open(app_dir.path()).unwrap();
    let id = outbox.enqueue(1, &package, Some(&consent)).unwrap();
    drop(outbox);
    // The backup, taken while the package was still queued.
    let restored = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(app_dir.path()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), restored.path().join(entry.file_name())).unwrap();
    }

    let outbox = Outbox::open(app_dir.path()).unwrap();
    outbox.flush(&client).await.unwrap();
    let withdrawn = outbox.withdraw(id, &client, &installation).await.unwrap();
    assert_eq!(withdrawn.state, SubmissionState::Withdrawn);

    let copy = Outbox::open(restored.path()).unwrap();
    let outcomes = copy.flush(&client).await.unwrap();
    assert_eq!(
        outcomes[0].state,
        SubmissionState::Withdrawn,
        "{outcomes:?}"
    );
    let row = copy.get(id).unwrap();
    assert_eq!(row.state, SubmissionState::Withdrawn);
    assert_eq!(row.remote_status.as_deref(), Some("withdrawn"));
    assert!(row.receipt.is_some() && row.last_error_code.is_none());
    assert_eq!(server_count(server_dir.path()), 1, "no second submission");
    server.stop().await;
}

#[tokio::test]
async fn withdrawal_signed_by_another_installation_is_refused() {
    let (server_dir, _app_dir, installation) = folders();
    let other_dir = tempfile::tempdir().unwrap();
    let server = start_server(server_dir.path(), None).await;
    let client = plain_client();
    let stranger = Installation::load_or_create(other_dir.path()).unwrap();
    let destination = client.observe_destination(&server.url).await.unwrap();
    let package = package(&installation, "rpt-w", 1000);
    let consent = ConsentRecord::for_package(&package, &destination);
    let ack = client.submit(&package, &consent, "key-w").await.unwrap();
    let err = client
        .withdraw(
            &destination,
            &ack.status.submission_id,
            &package.manifest_sha256(),
            &stranger,
        )
        .await
        .unwrap_err();
    match err {
        SubmissionError::RejectedByPlatform {
            status,
            problem_code,
            ..
        } => {
            assert_eq!(status, 403);
            assert_eq!(problem_code, "bad_withdrawal_signature");
        }
        other => panic!("unexpected {other:?}"),
    }
    server.stop().await;
}

#[tokio::test]
async fn committed_but_response_lost_is_retried_into_exactly_one_submission() {
    let pki = TestPki::new();
    let (server_dir, app_dir, installation) = folders();
    let config = intake_config(server_dir.path(), Some(&pki));
    config.faults.drop_responses_after_commit(1);
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let client = client_for(&pki);
    let destination = client.observe_destination(&server.url).await.unwrap();
    let package = package(&installation, "rpt-lost", 5000);
    let consent = ConsentRecord::for_package(&package, &destination);
    let outbox = Outbox::open(app_dir.path()).unwrap();
    let id = outbox.enqueue(1, &package, Some(&consent)).unwrap();

    let outcomes = outbox.flush(&client).await.unwrap();
    assert_eq!(outcomes[0].state, SubmissionState::Accepted, "{outcomes:?}");
    let row = outbox.get(id).unwrap();
    assert_eq!(row.attempts, 1, "one flush, with an internal retry");
    assert_eq!(server_count(server_dir.path()), 1, "exactly one stored");
    server.stop().await;
}

#[tokio::test]
async fn response_cut_by_a_proxy_after_upload_still_gives_exactly_one() {
    let pki = TestPki::new();
    let (server_dir, app_dir, installation) = folders();
    let server = start_server(server_dir.path(), Some(&pki)).await;
    // The first connection is the consent screen's handshake; the second carries the upload and
    // loses its answer once 60 kB have gone up.
    let proxy =
        FaultProxy::scripted(server.addr, vec![Fault::Pass, Fault::CutResponse(60_000)]).await;
    let client = client_for(&pki);
    let destination = client
        .observe_destination(&proxy.url("https"))
        .await
        .unwrap();
    let package = package(&installation, "rpt-cut", 64_000);
    let consent = ConsentRecord::for_package(&package, &destination);
    let outbox = Outbox::open(app_dir.path()).unwrap();
    outbox.enqueue(1, &package, Some(&consent)).unwrap();
    let outcomes = outbox.flush(&client).await.unwrap();
    assert_eq!(outcomes[0].state, SubmissionState::Accepted, "{outcomes:?}");
    assert!(proxy.connections.load(std::sync::atomic::Ordering::SeqCst) >= 3);
    assert_eq!(server_count(server_dir.path()), 1);
    server.stop().await;
}

#[tokio::test]
async fn queued_while_server_is_down_then_sent_after_it_returns_and_after_a_restart() {
    let pki = TestPki::new();
    let (server_dir, app_dir, installation) = folders();
    let server = start_server(server_dir.path(), Some(&pki)).await;
    let addr = server.addr;
    let client = client_for(&pki);
    let destination = client.observe_destination(&server.url).await.unwrap();
    server.stop().await;

    let first = package(&installation, "rpt-offline-1", 3000);
    let second = package(&installation, "rpt-offline-2", 3000);
    {
        let outbox = Outbox::open(app_dir.path()).unwrap();
        for p in [&first, &second] {
            outbox
                .enqueue(3, p, Some(&ConsentRecord::for_package(p, &destination)))
                .unwrap();
        }
        let outcomes = outbox.flush(&client).await.unwrap();
        assert!(outcomes
            .iter()
            .all(|o| o.state == SubmissionState::Pending
                && o.error_code.as_deref() == Some("network")));
    }
    // The app restarts (a new client and a reopened outbox) and the server comes back.
    let server = coverready_intake::spawn_on(addr, intake_config(server_dir.path(), Some(&pki)))
        .await
        .unwrap();
    let client = client_for(&pki);
    let outbox = Outbox::open(app_dir.path()).unwrap();
    let outcomes = outbox.flush(&client).await.unwrap();
    assert_eq!(outcomes.len(), 2);
    assert!(outcomes
        .iter()
        .all(|o| o.state == SubmissionState::Accepted));
    assert!(
        outbox.flush(&client).await.unwrap().is_empty(),
        "nothing left"
    );
    assert_eq!(server_count(server_dir.path()), 2);
    server.stop().await;
}

#[tokio::test]
async fn server_errors_are_retried_and_then_succeed() {
    let (server_dir, _app_dir, installation) = folders();
    let config = intake_config(server_dir.path(), None);
    config.faults.push(500, None);
    config.faults.push(503, Some(0));
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let client = plain_client();
    let destination = client.observe_destination(&server.url).await.unwrap();
    assert_eq!(destination.tls_identity, "loopback-http");
    let package = package(&installation, "rpt-5xx", 1000);
    let consent = ConsentRecord::for_package(&package, &destination);
    client.submit(&package, &consent, "key-5xx").await.unwrap();
    assert_eq!(server_count(server_dir.path()), 1);
    server.stop().await;
}

#[tokio::test]
async fn persistent_503_leaves_the_submission_pending() {
    let (server_dir, app_dir, installation) = folders();
    let config = intake_config(server_dir.path(), None);
    for _ in 0..4 {
        config.faults.push(503, None);
    }
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let client = plain_client();
    let destination = client.observe_destination(&server.url).await.unwrap();
    let package = package(&installation, "rpt-503", 1000);
    let outbox = Outbox::open(app_dir.path()).unwrap();
    let id = outbox
        .enqueue(
            1,
            &package,
            Some(&ConsentRecord::for_package(&package, &destination)),
        )
        .unwrap();
    let outcomes = outbox.flush(&client).await.unwrap();
    assert_eq!(outcomes[0].state, SubmissionState::Pending);
    assert_eq!(
        outcomes[0].error_code.as_deref(),
        Some("platform_unavailable")
    );
    // The injected faults are used up: the next flush gets through.
    let outcomes = outbox.flush(&client).await.unwrap();
    assert_eq!(outcomes[0].state, SubmissionState::Accepted);
    assert_eq!(outbox.get(id).unwrap().attempts, 2);
    server.stop().await;
}

#[tokio::test]
async fn too_many_requests_honours_retry_after() {
    let (server_dir, _app_dir, installation) = folders();
    let config = intake_config(server_dir.path(), None);
    config.faults.push(429, Some(1));
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let client = plain_client();
    let destination = client.observe_destination(&server.url).await.unwrap();
    let package = package(&installation, "rpt-429", 1000);
    let consent = ConsentRecord::for_package(&package, &destination);
    let started = Instant::now();
    client.submit(&package, &consent, "key-429").await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited as asked: {:?}",
        started.elapsed()
    );
    assert_eq!(server_count(server_dir.path()), 1);
    server.stop().await;
}

#[tokio::test]
async fn the_real_rate_limit_answers_429_with_retry_after() {
    let (server_dir, _app_dir, installation) = folders();
    let mut config = intake_config(server_dir.path(), None);
    config.rate_limit = coverready_intake::RateLimit {
        burst: 1,
        per_minute: 60,
    };
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let client = plain_client();
    let destination = client.observe_destination(&server.url).await.unwrap();
    let first = package(&installation, "rpt-r1", 100);
    let second = package(&installation, "rpt-r2", 100);
    client
        .submit(
            &first,
            &ConsentRecord::for_package(&first, &destination),
            "r1",
        )
        .await
        .unwrap();
    let response = send_raw(&server.url, &second, "r2").await;
    assert_eq!(response.0, 429);
    assert_eq!(response.2.as_deref(), Some("1"));
    assert_eq!(response.1.code, "rate_limited");
    // The client waits as asked and gets through.
    client
        .submit(
            &second,
            &ConsentRecord::for_package(&second, &destination),
            "r2",
        )
        .await
        .unwrap();
    assert_eq!(server_count(server_dir.path()), 2);
    server.stop().await;
}

/// Posts a package's parts by hand (so tests can tamper with them); returns the status, the
/// problem (when there is one) and `Retry-After`.
async fn send_parts(
    url: &str,
    parts: Vec<(&'static str, Vec<u8>)>,
    key: &str,
) -> (u16, Problem, Option<String>) {
    let form = parts
        .into_iter()
        .fold(reqwest::multipart::Form::new(), |f, (n, b)| {
            f.part(n, reqwest::multipart::Part::bytes(b).file_name(n))
        });
    let response = reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .post(format!("{url}/api/v1/submissions"))
        .header("Idempotency-Key", key)
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_owned());
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = response.bytes().await.unwrap();
    if status >= 400 {
        assert_eq!(content_type.as_deref(), Some(PROBLEM_CONTENT_TYPE));
    }
    let problem = serde_json::from_slice(&body).unwrap_or(Problem {
        problem_type: String::new(),
        title: String::new(),
        status,
        detail: None,
        code: String::new(),
    });
    (status, problem, retry_after)
}

async fn send_raw(
    url: &str,
    package: &coverready_submission::Package,
    key: &str,
) -> (u16, Problem, Option<String>) {
    let parts = package
        .parts()
        .iter()
        .map(|(n, b)| (*n, b.to_vec()))
        .collect();
    send_parts(url, parts, key).await
}

#[tokio::test]
async fn bad_packages_are_rejected_with_clear_problems() {
    let (server_dir, app_dir, installation) = folders();
    let mut config = intake_config(server_dir.path(), None);
    config.max_body_bytes = 200_000;
    let server = coverready_intake::spawn_for_test(config).await.unwrap();
    let good = package(&installation, "rpt-bad", 2000);
    let parts = |replace: &str, with: Vec<u8>| -> Vec<(&'static str, Vec<u8>)> {
        good.parts()
            .iter()
            .map(|(n, b)| {
                (
                    *n,
                    if *n == replace {
                        with.clone()
                    } else {
                        b.to_vec()
                    },
                )
            })
            .collect()
    };

    // A tampered PDF: the signature is fine, the hash is not.
    let mut pdf = good.report_pdf().to_vec();
    pdf[100] ^= 1;
    let (status, problem, _) = send_parts(&server.url, parts("report.pdf", pdf), "t1").await;
    assert_eq!((status, problem.code.as_str()), (422, "hash_mismatch"));
    assert_eq!(problem.problem_type, "urn:coverready:problem:hash_mismatch");
    assert!(problem.detail.unwrap().contains("report.pdf"));
    assert!(!problem.title.is_empty());

    // A signature by another key.
    let other_dir = tempfile::tempdir().unwrap();
    let other = Installation::load_or_create(other_dir.path()).unwrap();
    let forged = other.sign(good.manifest_json()).into_bytes();
    let (status, problem, _) = send_parts(&server.url, parts("manifest.sig", forged), "t2").await;
    assert_eq!((status, problem.code.as_str()), (422, "bad_signature"));

    // A manifest edited after signing.
    let edited = String::from_utf8(good.manifest_json().to_vec())
        .unwrap()
        .replace("retail", "finance")
        .into_bytes();
    let (status, problem, _) = send_parts(&server.url, parts("manifest.json", edited), "t3").await;
    assert_eq!((status, problem.code.as_str()), (422, "bad_signature"));

    // A part missing.
    let mut missing = parts("", vec![]);
    missing.retain(|(n, _)| *n != "report.json");
    let (status, problem, _) = send_parts(&server.url, missing, "t4").await;
    assert_eq!((status, problem.code.as_str()), (400, "malformed_package"));

    // Too large for this server: refused with 413, and the client treats it as final.
    let big = package(&installation, "rpt-big", 300_000);
    let (status, problem, _) = send_raw(&server.url, &big, "t5").await;
    assert_eq!((status, problem.code.as_str()), (413, "package_too_large"));
    let client = plain_client();
    let destination = client.observe_destination(&server.url).await.unwrap();
    let outbox = Outbox::open(app_dir.path()).unwrap();
    let id = outbox
        .enqueue(
            1,
            &big,
            Some(&ConsentRecord::for_package(&big, &destination)),
        )
        .unwrap();
    let outcomes = outbox.flush(&client).await.unwrap();
    assert_eq!(outcomes[0].state, SubmissionState::Rejected);
    let row = outbox.get(id).unwrap();
    assert_eq!(row.last_error_code.as_deref(), Some("rejected_by_platform"));
    assert_eq!(
        row.last_error_data.unwrap()["problem_code"],
        "package_too_large"
    );
    assert_eq!(server_count(server_dir.path()), 0);
    server.stop().await;
}

#[tokio::test]
async fn idempotency_key_replays_the_same_answer_and_refuses_a_different_body() {
    let (server_dir, _app_dir, installation) = folders();
    let server = start_server(server_dir.path(), None).await;
    let one = package(&installation, "rpt-i1", 500);
    let two = package(&installation, "rpt-i2", 500);
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let post = |p: &coverready_submission::Package| {
        let form = p
            .parts()
            .iter()
            .fold(reqwest::multipart::Form::new(), |f, (n, b)| {
                f.part(
                    *n,
                    reqwest::multipart::Part::bytes(b.to_vec()).file_name(*n),
                )
            });
        client
            .post(format!("{}/api/v1/submissions", server.url))
            .header("Idempotency-Key", "same-key")
            .multipart(form)
            .send()
    };
    let first = post(&one).await.unwrap();
    assert_eq!(first.status(), 201);
    let first_body = first.text().await.unwrap();
    let again = post(&one).await.unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.text().await.unwrap(), first_body);
    let conflict = post(&two).await.unwrap();
    assert_eq!(conflict.status(), 409);
    let problem: Problem = conflict.json().await.unwrap();
    assert_eq!(problem.code, "idempotency_conflict");
    assert_eq!(server_count(server_dir.path()), 1);
    server.stop().await;
}

#[tokio::test]
async fn nothing_reaches_the_server_without_matching_consent() {
    let (server_dir, app_dir, installation) = folders();
    let server = start_server(server_dir.path(), None).await;
    let client = plain_client();
    let destination = client.observe_destination(&server.url).await.unwrap();
    let package = package(&installation, "rpt-consent", 500);
    let outbox = Outbox::open(app_dir.path()).unwrap();

    let err = outbox.enqueue(1, &package, None).unwrap_err();
    assert_eq!(err.code(), "consent_missing");

    // Consent to another package (other fields) does not cover this one.
    let other = common::package(&installation, "rpt-other", 501);
    let wrong_files = ConsentRecord::for_package(&other, &destination);
    assert_eq!(
        outbox
            .enqueue(1, &package, Some(&wrong_files))
            .unwrap_err()
            .code(),
        "consent_mismatch"
    );
    let mut fewer_fields = ConsentRecord::for_package(&package, &destination);
    fewer_fields.fields_shared.retain(|f| f != "industry");
    assert_eq!(
        outbox
            .enqueue(1, &package, Some(&fewer_fields))
            .unwrap_err(),
        SubmissionError::ConsentMismatch {
            what: "fields".to_owned()
        }
    );
    // Consent for another destination does not cover this one either.
    let elsewhere = Destination {
        url: "http://127.0.0.1:1".to_owned(),
        tls_identity: "loopback-http".to_owned(),
    };
    let wrong_place = ConsentRecord::for_package(&package, &elsewhere);
    let err = client
        .submit(&package, &wrong_place, "k")
        .await
        .map(|_| ())
        .unwrap_err();
    assert_eq!(err.code(), "network", "went to port 1, not to the server");
    assert!(outbox.list(None).unwrap().is_empty());
    assert!(outbox.flush(&client).await.unwrap().is_empty());
    assert_eq!(server_count(server_dir.path()), 0, "the server saw nothing");
    server.stop().await;
}

#[tokio::test]
async fn plain_http_to_a_remote_host_is_refused_before_any_connection() {
    let app_dir = tempfile::tempdir().unwrap();
    let client = plain_client();
    let installation = Installation::load_or_create(app_dir.path()).unwrap();
    let started = Instant::now();
    // 192.0.2.1 is TEST-NET-1: nothing answers there, so a connection attempt would time out.
    for url in [
        "http://192.0.2.1:8443",
        "http://example.com",
        "http://10.0.0.1",
    ] {
        let err = client.observe_destination(url).await.unwrap_err();
        assert_eq!(err.code(), "insecure_destination", "{url}");
    }
    let package = package(&installation, "rpt-http", 500);
    let forged = ConsentRecord::for_package(
        &package,
        &Destination {
            url: "http://192.0.2.1:8443".to_owned(),
            tls_identity: "loopback-http".to_owned(),
        },
    );
    let err = client.submit(&package, &forged, "k").await.unwrap_err();
    assert_eq!(err.code(), "insecure_destination");
    let outbox = Outbox::open(app_dir.path()).unwrap();
    assert_eq!(
        outbox
            .enqueue(1, &package, Some(&forged))
            .unwrap_err()
            .code(),
        "insecure_destination"
    );
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "no connection was tried"
    );
    for ok in ["http://127.0.0.1:9", "http://[::1]:9", "http://localhost:9"] {
        assert!(
            coverready_submission::normalise_destination(ok).is_ok(),
            "{ok}"
        );
    }
}

#[tokio::test]
async fn a_different_certificate_than_the_consented_one_gets_nothing() {
    let pki = TestPki::new();
    let (server_dir, _app_dir, installation) = folders();
    let server = start_server(server_dir.path(), Some(&pki)).await;
    let client = client_for(&pki);
    let destination = client.observe_destination(&server.url).await.unwrap();
    let package = package(&installation, "rpt-pin", 500);
    let mut consent = ConsentRecord::for_package(&package, &destination);
    // The owner agreed to a certificate other than the one the server presents.
    consent.destination_identity = format!("sha256:{}", "ab".repeat(32));
    let err = client.submit(&package, &consent, "k").await.unwrap_err();
    assert_eq!(
        err,
        SubmissionError::ConsentMismatch {
            what: "tls_identity".to_owned()
        }
    );
    assert_eq!(server_count(server_dir.path()), 0);

    // And an untrusted CA is refused outright.
    let stranger = client_for(&TestPki::new());
    let err = stranger.observe_destination(&server.url).await.unwrap_err();
    assert_eq!(err.code(), "network");
    server.stop().await;
}
