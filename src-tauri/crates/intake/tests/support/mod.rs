//! Helpers for the intake's own tests: hand-made manifests (so a test can send exactly the field
//! values a hostile submitter would), signed with a real installation key, sent over real HTTP
//! from a chosen loopback address.
#![allow(dead_code)]

use std::net::{IpAddr, Ipv4Addr};

use coverready_submission::encoding::{now_rfc3339, sha256_hex};
use coverready_submission::protocol::withdrawal_message;
use coverready_submission::Installation;
use serde_json::{json, Value};

/// A loopback address other than 127.0.0.1 (Linux routes all of 127.0.0.0/8 to `lo`), so a test
/// can play a second client machine.
pub fn loopback(n: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(127, 0, 0, n))
}

pub fn http_from(local: IpAddr) -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .local_address(local)
        .timeout(std::time::Duration::from_secs(20))
        .build()
        .unwrap()
}

pub fn http() -> reqwest::Client {
    http_from(loopback(1))
}

pub struct TestPackage {
    pub manifest: Value,
    pub pdf: Vec<u8>,
    pub json: Vec<u8>,
}

impl TestPackage {
    /// A package that follows the schema, with `pdf` as the report.
    pub fn new(installation: &Installation, report_id: &str, pdf: Vec<u8>) -> TestPackage {
        let json = br#"{"report":"test"}"#.to_vec();
        let manifest = json!({
            "schema_version": 1,
            "report_id": report_id,
            "created_at": now_rfc3339(),
            "app_version": "0.1.0",
            "organisation": { "name": "Test Org" },
            "readiness_summary": { "gate": "ready" },
            "parts": [
                { "name": "report.pdf", "media_type": "application/pdf",
                  "size": pdf.len(), "sha256": sha256_hex(&pdf) },
                { "name": "report.json", "media_type": "application/json",
                  "size": json.len(), "sha256": sha256_hex(&json) },
            ],
            "public_key": { "algorithm": "ed25519", "key": installation.public_key_base64() },
        });
        TestPackage {
            manifest,
            pdf,
            json,
        }
    }

    /// The four parts, the manifest signed by `installation`.
    pub fn parts(&self, installation: &Installation) -> Vec<(&'static str, Vec<u8>)> {
        let manifest = serde_json::to_vec(&self.manifest).unwrap();
        let sig = installation.sign(&manifest).into_bytes();
        vec![
            ("manifest.json", manifest),
            ("manifest.sig", sig),
            ("report.pdf", self.pdf.clone()),
            ("report.json", self.json.clone()),
        ]
    }
}

pub struct Answer {
    pub status: u16,
    pub body: Value,
    pub replayed: bool,
}

pub async fn post(
    client: &reqwest::Client,
    base: &str,
    parts: Vec<(&'static str, Vec<u8>)>,
    idempotency_key: &str,
) -> Answer {
    let form = parts
        .into_iter()
        .fold(reqwest::multipart::Form::new(), |form, (name, bytes)| {
            form.part(name, reqwest::multipart::Part::bytes(bytes).file_name(name))
        });
    let response = client
        .post(format!("{base}/api/v1/submissions"))
        .header("Idempotency-Key", idempotency_key)
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let replayed = response.headers().contains_key("idempotent-replayed");
    let body = response.json().await.unwrap_or(Value::Null);
    Answer {
        status,
        body,
        replayed,
    }
}

pub async fn withdraw(base: &str, id: &str, installation: &Installation) -> Answer {
    let timestamp = now_rfc3339();
    let signature = installation.sign(&withdrawal_message(id, &timestamp));
    let response = http()
        .delete(format!("{base}/api/v1/submissions/{id}"))
        .header("CoverReady-Timestamp", timestamp)
        .header("CoverReady-Signature", signature)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    Answer {
        status,
        body: response.json().await.unwrap_or(Value::Null),
        replayed: false,
    }
}

pub fn installation() -> (tempfile::TempDir, Installation) {
    let dir = tempfile::tempdir().unwrap();
    let installation = Installation::load_or_create(dir.path()).unwrap();
    (dir, installation)
}

/// 16 random bytes as hex: a marker no other test data contains.
pub fn random_marker() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).unwrap();
    format!("MARK{}", coverready_submission::encoding::hex_lower(&bytes))
}

/// A raw TCP connection from `local` to the server, so a test can send a request as slowly or
/// as strangely as an attacker would.
pub async fn raw_connect(local: IpAddr, server: std::net::SocketAddr) -> tokio::net::TcpStream {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(std::net::SocketAddr::new(local, 0)).unwrap();
    socket.connect(server).await.unwrap()
}

/// The start of a submission whose body will follow (or not) at the caller's pace.
pub fn upload_head(content_length: u64, key: &str) -> Vec<u8> {
    format!(
        "POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nIdempotency-Key: {key}\r\n\
         Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: {content_length}\r\n\r\n"
    )
    .into_bytes()
}

/// Reads until the server closes or `within` passes: `Some(bytes it sent)` once closed (reset
/// counts as closed), `None` if it was still open.
pub async fn closed_within(
    stream: &mut tokio::net::TcpStream,
    within: std::time::Duration,
) -> Option<Vec<u8>> {
    use tokio::io::AsyncReadExt;
    let mut got = Vec::new();
    let deadline = tokio::time::Instant::now() + within;
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some(got),
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
        }
    }
}
