//! The HTTP client: sends a package (with its consent) to `POST /api/v1/submissions`, polls status,
//! and withdraws. HTTPS only, except to this computer; retries are bounded (see `retry`); every
//! answer from the platform is checked (receipt signature, problem+json) before it is believed.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use reqwest::multipart::{Form, Part};
use reqwest::{Method, StatusCode};
use rustls::RootCertStore;
use serde::{Deserialize, Serialize};

use crate::consent::{normalise_destination, ConsentRecord, Destination, LOOPBACK_HTTP_IDENTITY};
use crate::encoding::{grouped_fingerprint, rfc3339, unb64};
use crate::package::{Package, MAX_PACKAGE_BYTES};
use crate::protocol::{
    withdrawal_message, Problem, ReceiptPayload, SubmissionStatus, HEALTH_PATH,
    IDEMPOTENCY_KEY_HEADER, RECEIPT_VERSION, SUBMISSIONS_PATH, WITHDRAWAL_SIGNATURE_HEADER,
    WITHDRAWAL_TIMESTAMP_HEADER,
};
use crate::retry::{parse_retry_after, AttemptError, RetryPolicy};
use crate::signing::{verify_signature, Installation};
use crate::tls::{client_config, root_store, HandshakeWitness};
use crate::SubmissionError;

#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Trust the bundled public root CAs (the platform's usual certificates).
    pub trust_public_roots: bool,
    /// Extra root CAs in PEM (a broker's own intake, tests).
    pub extra_roots_pem: Vec<Vec<u8>>,
    pub connect_timeout: Duration,
    /// For one whole request, upload included.
    pub request_timeout: Duration,
    pub retry: RetryPolicy,
    pub max_package_bytes: u64,
    /// Keep connections open between requests. Off makes every request a new connection (the
    /// fault-injection test needs that, so each request meets its own fault).
    pub reuse_connections: bool,
}

impl Default for ClientConfig {
    fn default() -> ClientConfig {
        ClientConfig {
            trust_public_roots: true,
            extra_roots_pem: Vec::new(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(120),
            retry: RetryPolicy::default(),
            max_package_bytes: MAX_PACKAGE_BYTES,
            reuse_connections: true,
        }
    }
}

/// The platform's verified answer about a submission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acknowledgement {
    pub status: SubmissionStatus,
    /// The decoded, verified receipt payload.
    pub receipt: ReceiptPayload,
    /// Grouped SHA-256 of the platform's receipt key.
    pub receipt_key_fingerprint: String,
}

struct HttpClient {
    http: reqwest::Client,
    witness: Arc<HandshakeWitness>,
}

pub struct Client {
    config: ClientConfig,
    roots: Arc<RootCertStore>,
    /// One connection pool per consented identity, so keep-alive connections are reused across
    /// submissions while each stays pinned to its own certificate.
    pinned: Mutex<HashMap<(String, String), Arc<HttpClient>>>,
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Client, SubmissionError> {
        let roots = root_store(config.trust_public_roots, &config.extra_roots_pem)?;
        Ok(Client {
            config,
            roots,
            pinned: Mutex::new(HashMap::new()),
        })
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// Connects to `url` to learn the identity (certificate fingerprint) to show on the consent
    /// screen. Sends no package data: only `GET /api/v1/health`.
    pub async fn observe_destination(&self, url: &str) -> Result<Destination, SubmissionError> {
        let url = normalise_destination(url)?;
        if url.starts_with("http://") {
            return Ok(Destination {
                url,
                tls_identity: LOOPBACK_HTTP_IDENTITY.to_owned(),
            });
        }
        // A fresh client each time: a resumed TLS session would skip the certificate.
        let client = Arc::new(self.build_http(&url, None)?);
        let health = format!("{url}{HEALTH_PATH}");
        self.config
            .retry
            .run(|_| {
                let client = client.clone();
                let health = health.clone();
                async move {
                    let sent = client.http.get(&health).send().await;
                    match (sent, client.witness.observed()) {
                        (_, Some(identity)) => Ok(identity),
                        (Err(e), None) => Err(network_error(&e)),
                        (Ok(_), None) => Err(AttemptError::Final(SubmissionError::Network {
                            detail: "no certificate observed".to_owned(),
                        })),
                    }
                }
            })
            .await
            .map(|tls_identity| Destination { url, tls_identity })
    }

    /// Sends `package` to the destination named in `consent`, which must match it exactly.
    /// The same `idempotency_key` must be used for every attempt at the same submission.
    pub async fn submit(
        &self,
        package: &Package,
        consent: &ConsentRecord,
        idempotency_key: &str,
    ) -> Result<Acknowledgement, SubmissionError> {
        consent.check(package)?;
        if package.total_size() > self.config.max_package_bytes {
            return Err(SubmissionError::PackageTooLarge {
                size: package.total_size(),
                limit: self.config.max_package_bytes,
            });
        }
        let destination = consent.destination();
        let client = self.pinned_client(&destination)?;
        let endpoint = format!("{}{SUBMISSIONS_PATH}", destination.url);
        let manifest_sha256 = package.manifest_sha256();
        self.acknowledged(
            &client,
            || {
                client
                    .http
                    .post(&endpoint)
                    .header(IDEMPOTENCY_KEY_HEADER, idempotency_key)
                    .multipart(multipart_form(package))
            },
            &manifest_sha256,
            // A replay of a package this installation has since withdrawn (say, from a restored
            // copy of the data folder) is answered with its current, signed state.
            &["received", "withdrawn"],
        )
        .await
    }

    /// Asks the platform for the current status of a submission it acknowledged.
    pub async fn status(
        &self,
        destination: &Destination,
        submission_id: &str,
        manifest_sha256: &str,
    ) -> Result<Acknowledgement, SubmissionError> {
        let client = self.pinned_client(destination)?;
        let url = submission_url(destination, submission_id)?;
        self.acknowledged(
            &client,
            || client.http.get(url.clone()),
            manifest_sha256,
            &[],
        )
        .await
    }

    /// Asks the platform to withdraw (delete) a submission, signed by the installation key that
    /// sent it.
    pub async fn withdraw(
        &self,
        destination: &Destination,
        submission_id: &str,
        manifest_sha256: &str,
        installation: &Installation,
    ) -> Result<Acknowledgement, SubmissionError> {
        let client = self.pinned_client(destination)?;
        let url = submission_url(destination, submission_id)?;
        self.acknowledged(
            &client,
            || {
                let timestamp = rfc3339(SystemTime::now());
                let signature = installation.sign(&withdrawal_message(submission_id, &timestamp));
                client
                    .http
                    .request(Method::DELETE, url.clone())
                    .header(WITHDRAWAL_TIMESTAMP_HEADER, timestamp)
                    .header(WITHDRAWAL_SIGNATURE_HEADER, signature)
            },
            manifest_sha256,
            &["withdrawn"],
        )
        .await
    }

    /// Sends the request `build` makes (afresh for every attempt, with retries) and checks that
    /// the signed acknowledgement names this package and is in one of the `expected` states
    /// (any state when empty).
    async fn acknowledged(
        &self,
        client: &Arc<HttpClient>,
        build: impl Fn() -> reqwest::RequestBuilder,
        manifest_sha256: &str,
        expected: &[&str],
    ) -> Result<Acknowledgement, SubmissionError> {
        self.config
            .retry
            .run(|_| {
                let request = build();
                let client = client.clone();
                async move {
                    let status = exchange(&client, request).await?;
                    verify_acknowledgement(status, manifest_sha256, expected)
                        .map_err(AttemptError::Final)
                }
            })
            .await
    }

    fn pinned_client(&self, destination: &Destination) -> Result<Arc<HttpClient>, SubmissionError> {
        let url = normalise_destination(&destination.url)?;
        let key = (url.clone(), destination.tls_identity.clone());
        let mut cache = self.pinned.lock().map_err(|_| SubmissionError::Network {
            detail: "client cache poisoned".to_owned(),
        })?;
        if let Some(client) = cache.get(&key) {
            return Ok(client.clone());
        }
        let expected = (destination.tls_identity != LOOPBACK_HTTP_IDENTITY)
            .then(|| destination.tls_identity.clone());
        let client = Arc::new(self.build_http(&url, expected)?);
        cache.insert(key, client.clone());
        Ok(client)
    }

    /// Downloads a file the owner asked for (a content pack): one GET of `url` (HTTPS, or
    /// plain HTTP to this computer; no redirects), at most `max_bytes`, given up when the
    /// server sends nothing for `stall`. Sends nothing about the owner.
    pub async fn download(
        &self,
        url: &str,
        max_bytes: u64,
        stall: Duration,
    ) -> Result<Vec<u8>, SubmissionError> {
        let url = normalise_destination(url)?;
        let client = self.build_http(&url, None)?;
        let final_error = |e: AttemptError| match e {
            AttemptError::Final(e) | AttemptError::Transient { error: e, .. } => e,
        };
        let stalled = || SubmissionError::Stalled {
            seconds: stall.as_secs(),
        };
        let mut response = tokio::time::timeout(stall, client.http.get(&url).send())
            .await
            .map_err(|_| stalled())?
            .map_err(|e| final_error(network_error(&e)))?;
        if response.status() != StatusCode::OK {
            return Err(SubmissionError::PlatformUnavailable {
                status: response.status().as_u16(),
            });
        }
        let too_large = |size: u64| SubmissionError::PackageTooLarge {
            size,
            limit: max_bytes,
        };
        if let Some(length) = response.content_length().filter(|l| *l > max_bytes) {
            return Err(too_large(length));
        }
        let mut body = Vec::new();
        loop {
            let chunk = tokio::time::timeout(stall, response.chunk())
                .await
                .map_err(|_| stalled())?
                .map_err(|e| final_error(network_error(&e)))?;
            let Some(chunk) = chunk else { break };
            if (body.len() + chunk.len()) as u64 > max_bytes {
                return Err(too_large((body.len() + chunk.len()) as u64));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn build_http(
        &self,
        url: &str,
        expected_identity: Option<String>,
    ) -> Result<HttpClient, SubmissionError> {
        let witness = Arc::new(HandshakeWitness::default());
        let parsed = reqwest::Url::parse(url).map_err(|_| SubmissionError::InvalidDestination {
            url: url.to_owned(),
        })?;
        let mut builder = reqwest::Client::builder();
        if parsed.scheme() == "https" {
            let tls = client_config(self.roots.clone(), expected_identity, witness.clone())?;
            builder = builder.use_preconfigured_tls(tls).https_only(true);
        }
        builder = builder
            .connect_timeout(self.config.connect_timeout)
            .timeout(self.config.request_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("coverready-submission/", env!("CARGO_PKG_VERSION")));
        if !self.config.reuse_connections {
            builder = builder.pool_max_idle_per_host(0);
        }
        if crate::consent::is_loopback(&parsed) {
            // A proxy must never see traffic meant for this computer.
            builder = builder.no_proxy();
        }
        let http = builder.build().map_err(|e| SubmissionError::Network {
            detail: e.to_string(),
        })?;
        Ok(HttpClient { http, witness })
    }
}

fn submission_url(destination: &Destination, id: &str) -> Result<reqwest::Url, SubmissionError> {
    let base = normalise_destination(&destination.url)?;
    let mut url = reqwest::Url::parse(&format!("{base}{SUBMISSIONS_PATH}/")).map_err(|_| {
        SubmissionError::InvalidDestination {
            url: destination.url.clone(),
        }
    })?;
    // Pushing as a path segment percent-encodes anything odd in an id the server gave us.
    url.path_segments_mut()
        .map_err(|_| SubmissionError::InvalidDestination {
            url: destination.url.clone(),
        })?
        .pop_if_empty()
        .push(id);
    Ok(url)
}

fn multipart_form(package: &Package) -> Form {
    let media = |name: &str| match name {
        crate::protocol::PART_REPORT_PDF => "application/pdf",
        crate::protocol::PART_SIGNATURE => "text/plain",
        _ => "application/json",
    };
    package
        .parts()
        .iter()
        .fold(Form::new(), |form, (name, bytes)| {
            let part = Part::bytes(bytes.to_vec())
                .file_name(*name)
                .mime_str(media(name))
                .expect("static media types parse");
            form.part(*name, part)
        })
}

/// One request and its classification: success body, transient failure or final answer.
async fn exchange(
    client: &HttpClient,
    request: reqwest::RequestBuilder,
) -> Result<SubmissionStatus, AttemptError> {
    let response = match request.send().await {
        Ok(response) => response,
        Err(e) if client.witness.saw_mismatch() => {
            let _ = e;
            return Err(AttemptError::Final(SubmissionError::ConsentMismatch {
                what: "tls_identity".to_owned(),
            }));
        }
        Err(e) => return Err(network_error(&e)),
    };
    let status = response.status();
    let retry_after = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(parse_retry_after);
    let body = response.bytes().await.map_err(|e| network_error(&e))?;
    if status.is_success() {
        return serde_json::from_slice(&body).map_err(|e| {
            AttemptError::Final(SubmissionError::ProtocolViolation {
                detail: e.to_string(),
            })
        });
    }
    if status == StatusCode::TOO_MANY_REQUESTS {
        return Err(AttemptError::Transient {
            error: SubmissionError::RateLimited {
                retry_after_secs: retry_after.map(|d| d.as_secs()).unwrap_or(0),
            },
            retry_after,
        });
    }
    if status.is_server_error() {
        return Err(AttemptError::Transient {
            error: SubmissionError::PlatformUnavailable {
                status: status.as_u16(),
            },
            retry_after,
        });
    }
    let problem: Option<Problem> = serde_json::from_slice(&body).ok();
    Err(AttemptError::Final(match problem {
        Some(p) => SubmissionError::RejectedByPlatform {
            status: status.as_u16(),
            problem_code: p.code,
            title: p.title,
            detail: p.detail.unwrap_or_default(),
        },
        None => SubmissionError::RejectedByPlatform {
            status: status.as_u16(),
            problem_code: format!("http_{}", status.as_u16()),
            title: status.canonical_reason().unwrap_or_default().to_owned(),
            detail: String::new(),
        },
    }))
}

fn network_error(e: &reqwest::Error) -> AttemptError {
    // Walk the source chain: reqwest's own message is often just "error sending request".
    let mut detail = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        detail.push_str(": ");
        detail.push_str(&s.to_string());
        source = s.source();
    }
    if e.is_builder() {
        return AttemptError::Final(SubmissionError::Network { detail });
    }
    AttemptError::Transient {
        error: SubmissionError::Network { detail },
        retry_after: None,
    }
}

/// Checks the platform's signed receipt: a valid Ed25519 signature by the key it names, over a
/// payload about this very manifest and submission, in the state the body names and one of the
/// `expected` states (any state when empty).
pub fn verify_acknowledgement(
    status: SubmissionStatus,
    manifest_sha256: &str,
    expected: &[&str],
) -> Result<Acknowledgement, SubmissionError> {
    let invalid = |detail: &str| SubmissionError::ReceiptInvalid {
        detail: detail.to_owned(),
    };
    let receipt = &status.receipt;
    let payload_bytes = unb64(&receipt.payload).ok_or_else(|| invalid("payload is not base64"))?;
    if !verify_signature(&receipt.public_key, &payload_bytes, &receipt.signature) {
        return Err(invalid("signature does not verify"));
    }
    let payload: ReceiptPayload =
        serde_json::from_slice(&payload_bytes).map_err(|_| invalid("payload is not a receipt"))?;
    if payload.receipt_version != RECEIPT_VERSION {
        return Err(invalid("unknown receipt version"));
    }
    if payload.submission_id != status.submission_id {
        return Err(invalid("receipt is for another submission"));
    }
    if payload.manifest_sha256 != manifest_sha256 {
        return Err(invalid("receipt is for another package"));
    }
    let expected_state = expected.is_empty() || expected.contains(&payload.status.as_str());
    if !expected_state || payload.status != status.status {
        return Err(invalid("receipt status differs"));
    }
    let key = unb64(&receipt.public_key).unwrap_or_default();
    Ok(Acknowledgement {
        receipt_key_fingerprint: grouped_fingerprint(&key),
        status,
        receipt: payload,
    })
}
