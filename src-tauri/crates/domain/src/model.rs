//! The result types the app, the CLI and the report read. Everything is serde snake_case so the
//! JSON twin of the report and the IPC payloads look the same.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::validate::NormalisedDomain;

/// One outside-in check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "domain.ts", rename = "DomainCheckId")]
pub enum CheckId {
    Spf,
    Dmarc,
    Mx,
    Dkim,
    Certificate,
    TlsVersion,
    Hsts,
    HttpsRedirect,
}

impl CheckId {
    /// Every check in the order the report lists them.
    pub const ALL: [CheckId; 8] = [
        CheckId::Spf,
        CheckId::Dmarc,
        CheckId::Mx,
        CheckId::Dkim,
        CheckId::Certificate,
        CheckId::TlsVersion,
        CheckId::Hsts,
        CheckId::HttpsRedirect,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CheckId::Spf => "spf",
            CheckId::Dmarc => "dmarc",
            CheckId::Mx => "mx",
            CheckId::Dkim => "dkim",
            CheckId::Certificate => "certificate",
            CheckId::TlsVersion => "tls_version",
            CheckId::Hsts => "hsts",
            CheckId::HttpsRedirect => "https_redirect",
        }
    }

    /// The locale message id naming the check (`domain-check-spf`, …).
    pub fn title_key(self) -> String {
        format!("domain-check-{}", self.as_str().replace('_', "-"))
    }
}

/// Why a check could not reach a verdict. Each has a message `domain-unknown-<reason>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "domain.ts", rename = "DomainUnknownReason")]
pub enum UnknownReason {
    /// The DNS server or the web server did not answer in time.
    Timeout,
    /// The DNS server answered with an error (SERVFAIL, REFUSED) or could not be reached.
    DnsError,
    /// Nothing accepted the connection to the website.
    ConnectionFailed,
    /// The TLS handshake failed for a reason other than an old protocol version.
    TlsFailed,
    /// The domain has no address (A/AAAA), so there is no website to look at.
    NoAddress,
    /// None of the usual DKIM selectors has a key; other selectors cannot be listed.
    NoSelectorFound,
    /// The web server's answer was not a readable HTTP response.
    HttpError,
    /// A bug in CoverReady; the check was abandoned rather than taking the app down.
    Internal,
}

// Here rather than in `dns`: the DNS client knows nothing of findings, so the two modules do not
// depend on each other.
impl crate::dns::DnsError {
    /// Why a check is undecided when its DNS question failed.
    pub(crate) fn reason(&self) -> UnknownReason {
        match self {
            crate::dns::DnsError::Timeout => UnknownReason::Timeout,
            _ => UnknownReason::DnsError,
        }
    }
}

impl UnknownReason {
    pub fn as_str(self) -> &'static str {
        match self {
            UnknownReason::Timeout => "timeout",
            UnknownReason::DnsError => "dns_error",
            UnknownReason::ConnectionFailed => "connection_failed",
            UnknownReason::TlsFailed => "tls_failed",
            UnknownReason::NoAddress => "no_address",
            UnknownReason::NoSelectorFound => "no_selector_found",
            UnknownReason::HttpError => "http_error",
            UnknownReason::Internal => "internal",
        }
    }

    /// The generic locale message for this reason (`domain-unknown-timeout`, …).
    pub fn message_key(self) -> String {
        format!("domain-unknown-{}", self.as_str().replace('_', "-"))
    }
}

/// The outcome of one check. Serialised flat into the finding:
/// `"verdict": "unknown", "reason": "timeout"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "verdict", rename_all = "snake_case")]
#[ts(export, export_to = "domain.ts", rename = "DomainJudgement")]
pub enum Verdict {
    Pass,
    Warn,
    Fail,
    Unknown { reason: UnknownReason },
}

/// What one check found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "domain.ts")]
pub struct DomainFinding {
    pub check: CheckId,
    #[serde(flatten)]
    pub verdict: Verdict,
    /// Message id in locales/<lang>/domain.ftl; its arguments are the entries of `facts`.
    pub detail_key: String,
    /// Parsed facts (record, lookup count, days left, …), also the message's arguments.
    pub facts: serde_json::Map<String, serde_json::Value>,
    /// What was seen on the wire: the DNS record(s) or the HTTP header, as text.
    pub evidence: String,
    pub duration_ms: u64,
}

impl DomainFinding {
    pub(crate) fn new(check: CheckId, verdict: Verdict, detail_key: &str) -> DomainFinding {
        DomainFinding {
            check,
            verdict,
            detail_key: detail_key.to_owned(),
            facts: serde_json::Map::new(),
            evidence: String::new(),
            duration_ms: 0,
        }
    }

    /// A finding that could not reach a verdict, with the generic message for the reason.
    pub(crate) fn unknown(check: CheckId, reason: UnknownReason, detail: &str) -> DomainFinding {
        let mut finding =
            DomainFinding::new(check, Verdict::Unknown { reason }, &reason.message_key());
        if !detail.is_empty() {
            finding.fact("error", detail);
        }
        finding
    }

    /// A record that must be unique was published several times: a failure, with every copy as
    /// the evidence.
    pub(crate) fn several_records(
        check: CheckId,
        detail_key: &str,
        records: &[&String],
    ) -> DomainFinding {
        let mut finding = DomainFinding::new(check, Verdict::Fail, detail_key);
        finding.fact("record_count", records.len());
        let all: Vec<&str> = records.iter().map(|s| s.as_str()).collect();
        finding.with_evidence(all.join("\n"))
    }

    pub(crate) fn fact(&mut self, key: &str, value: impl Into<serde_json::Value>) -> &mut Self {
        self.facts.insert(key.to_owned(), value.into());
        self
    }

    pub(crate) fn with_evidence(mut self, evidence: impl Into<String>) -> Self {
        self.evidence = truncate_evidence(evidence.into());
        self
    }

    pub(crate) fn with_duration(mut self, duration: Duration) -> Self {
        self.duration_ms = duration.as_millis().try_into().unwrap_or(u64::MAX);
        self
    }
}

/// Evidence is shown to the owner and stored; a hostile server must not be able to fill the
/// store, so keep the first few kilobytes.
fn truncate_evidence(mut evidence: String) -> String {
    const MAX: usize = 4096;
    if evidence.len() > MAX {
        let mut cut = MAX;
        while !evidence.is_char_boundary(cut) {
            cut -= 1;
        }
        evidence.truncate(cut);
        evidence.push('…');
    }
    evidence
}

/// Everything found for one domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "domain.ts")]
pub struct DomainReport {
    pub domain: NormalisedDomain,
    /// One finding per check, in the order of [`CheckId::ALL`].
    pub findings: Vec<DomainFinding>,
    pub duration_ms: u64,
}

impl DomainReport {
    pub fn finding(&self, check: CheckId) -> Option<&DomainFinding> {
        self.findings.iter().find(|f| f.check == check)
    }
}

/// Progress, so the UI can tick checks off while the slow ones are still running.
/// Called from several threads at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "event", rename_all = "snake_case")]
#[ts(export, export_to = "domain.ts")]
pub enum DomainEvent {
    Started { check: CheckId },
    Finished { finding: DomainFinding },
}

/// Where to ask and whom to connect to. Tests point everything at loopback servers they start.
#[derive(Debug, Clone)]
pub struct DomainCheckConfig {
    /// The DNS server asked (recursive resolver), e.g. the one from /etc/resolv.conf.
    pub resolver: SocketAddr,
    pub https_port: u16,
    pub http_port: u16,
    /// Connect to this address instead of the domain's A/AAAA record (tests: 127.0.0.1).
    pub connect_to: Option<IpAddr>,
    /// Budget for each network step (one DNS query, one connect, one handshake, one response).
    pub timeout: Duration,
    /// Extra trusted root certificates (DER), on top of the built-in Mozilla roots.
    pub extra_roots: Vec<Vec<u8>>,
}

impl DomainCheckConfig {
    /// Standard ports and a 5 s step budget, asking `resolver`.
    pub fn new(resolver: SocketAddr) -> DomainCheckConfig {
        DomainCheckConfig {
            resolver,
            https_port: 443,
            http_port: 80,
            connect_to: None,
            timeout: Duration::from_secs(5),
            extra_roots: Vec::new(),
        }
    }

    /// Asks the computer's own resolver where it can be read (resolv.conf on Linux and macOS),
    /// otherwise AliDNS (223.5.5.5), a public resolver reachable from mainland China.
    pub fn system_default() -> DomainCheckConfig {
        DomainCheckConfig::new(
            crate::dns::system_resolver().unwrap_or(crate::dns::FALLBACK_RESOLVER),
        )
    }
}
