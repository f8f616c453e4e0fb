//! The HTTPS probe: one TLS handshake with a verifier that records the chain and the verdict
//! instead of aborting, so an expired or untrusted certificate is reported (and the response
//! headers still read) rather than ending the check with a bare error.
//!
//! Known gap (research DOM-5): rustls only speaks TLS 1.2 and 1.3, so we see what is negotiated
//! but cannot tell whether the server would also accept TLS 1.0/1.1.

use std::io::{self, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use coverready_tls::{ChainPolicy, PolicyVerifier, TlsError};
use rustls::client::danger::ServerCertVerified;
use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{CertificateError, ClientConfig, ClientConnection, ProtocolVersion};

use crate::http::{self, ResponseHead};
use crate::model::{CheckId, DomainFinding, UnknownReason, Verdict};

/// Days of validity left below which renewal looks stuck: automated renewals (Let's Encrypt,
/// cloud providers) happen at about 30 days, so fewer means nobody is renewing.
pub(crate) const MIN_DAYS_LEFT: i64 = 30;

/// What the handshake and the first response showed.
#[derive(Debug)]
pub(crate) struct TlsProbe {
    pub version: Option<ProtocolVersion>,
    pub chain: Vec<CertificateDer<'static>>,
    /// The verifier's verdict on the chain; `None` if it never ran (resumed session).
    pub verification: Option<Result<(), rustls::Error>>,
    pub head: Result<ResponseHead, io::Error>,
}

#[derive(Debug)]
pub(crate) struct ProbeFailure {
    pub reason: UnknownReason,
    pub error: String,
    /// The server refused every version we offer (1.2, 1.3): it only speaks old TLS.
    pub legacy_only: bool,
}

impl ProbeFailure {
    fn from_io(e: &io::Error, stage: &str) -> ProbeFailure {
        let rustls_error = e
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<rustls::Error>());
        let legacy_only = matches!(
            rustls_error,
            Some(rustls::Error::AlertReceived(
                rustls::AlertDescription::ProtocolVersion
            )) | Some(rustls::Error::PeerIncompatible(_))
        );
        let reason = match (rustls_error, e.kind()) {
            (Some(_), _) => UnknownReason::TlsFailed,
            (None, io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock) => UnknownReason::Timeout,
            (None, _) if stage == "connect" => UnknownReason::ConnectionFailed,
            (None, _) => UnknownReason::TlsFailed,
        };
        ProbeFailure {
            reason,
            error: format!("{stage}: {e}"),
            legacy_only,
        }
    }
}

/// Records what the real WebPKI verifier says and lets the handshake go on regardless. The
/// handshake signatures are still checked against the presented certificate (by
/// [`PolicyVerifier`]), so the headers we read did come from whoever holds that certificate's key.
#[derive(Debug, Default)]
struct Recording {
    seen: Mutex<Option<SeenChain>>,
}

/// The chain the server presented and what the WebPKI verifier said about it.
type SeenChain = (Vec<CertificateDer<'static>>, Result<(), rustls::Error>);

impl ChainPolicy for Recording {
    fn decide(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        webpki: Result<ServerCertVerified, rustls::Error>,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let chain = std::iter::once(end_entity)
            .chain(intermediates)
            .map(|c| c.clone().into_owned())
            .collect();
        if let Ok(mut seen) = self.seen.lock() {
            *seen = Some((chain, webpki.map(|_| ())));
        }
        Ok(ServerCertVerified::assertion())
    }
}

fn client_config(
    extra_roots: &[Vec<u8>],
) -> Result<(ClientConfig, Arc<PolicyVerifier<Recording>>), rustls::Error> {
    let mut roots = coverready_tls::root_store(true);
    for der in extra_roots {
        roots.add(CertificateDer::from(der.clone()))?;
    }
    // Both versions named rather than rustls's defaults: the version check reports what was
    // negotiated out of exactly these two.
    coverready_tls::client_config(
        Arc::new(roots),
        Recording::default(),
        &[&rustls::version::TLS13, &rustls::version::TLS12],
    )
    .map_err(|e| match e {
        TlsError::Rustls(e) => e,
        other => rustls::Error::General(other.to_string()),
    })
}

/// Connects to `target`, shakes hands as `host` (SNI), and reads the head of `GET /`.
pub(crate) fn probe(
    target: SocketAddr,
    host: &str,
    extra_roots: &[Vec<u8>],
    timeout: Duration,
) -> Result<TlsProbe, ProbeFailure> {
    let deadline = Instant::now() + timeout;
    let setup_failure = |error: String| ProbeFailure {
        reason: UnknownReason::Internal,
        error,
        legacy_only: false,
    };
    let (config, verifier) =
        client_config(extra_roots).map_err(|e| setup_failure(e.to_string()))?;
    let server_name =
        ServerName::try_from(host.to_owned()).map_err(|e| setup_failure(e.to_string()))?;
    let mut conn = ClientConnection::new(Arc::new(config), server_name)
        .map_err(|e| setup_failure(e.to_string()))?;

    let mut tcp = TcpStream::connect_timeout(&target, timeout)
        .map_err(|e| ProbeFailure::from_io(&e, "connect"))?;
    let timer = tcp
        .try_clone()
        .map_err(|e| ProbeFailure::from_io(&e, "connect"))?;
    let mut set_timeout = |d: Duration| {
        timer.set_read_timeout(Some(d))?;
        timer.set_write_timeout(Some(d))
    };

    while conn.is_handshaking() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            let e = io::Error::new(io::ErrorKind::TimedOut, "handshake too slow");
            return Err(ProbeFailure::from_io(&e, "handshake"));
        }
        set_timeout(left).map_err(|e| ProbeFailure::from_io(&e, "handshake"))?;
        conn.complete_io(&mut tcp)
            .map_err(|e| ProbeFailure::from_io(&e, "handshake"))?;
    }

    let version = conn.protocol_version();
    let (chain, verification) = match verifier
        .policy()
        .seen
        .lock()
        .ok()
        .and_then(|mut s| s.take())
    {
        Some((chain, verdict)) => (chain, Some(verdict)),
        None => (
            conn.peer_certificates()
                .map(<[_]>::to_vec)
                .unwrap_or_default(),
            None,
        ),
    };

    // The head gets its own budget: the handshake may have used most of the first.
    let head_deadline = Instant::now() + timeout;
    let head = {
        let mut tls = rustls::Stream::new(&mut conn, &mut tcp);
        tls.write_all(http::request(host, target.port(), 443).as_bytes())
            .and_then(|()| http::read_head(&mut tls, &mut set_timeout, head_deadline))
    };
    Ok(TlsProbe {
        version,
        chain,
        verification,
        head,
    })
}

/// Certificate validity, trust and days left.
pub(crate) fn judge_certificate(probe: &TlsProbe, now: SystemTime) -> DomainFinding {
    let Some(end_entity) = probe.chain.first() else {
        return DomainFinding::unknown(
            CheckId::Certificate,
            UnknownReason::TlsFailed,
            "no certificate presented",
        );
    };
    let cert = match x509_parser::parse_x509_certificate(end_entity) {
        Ok((_, cert)) => cert,
        Err(e) => {
            let mut f = DomainFinding::new(
                CheckId::Certificate,
                Verdict::Fail,
                "domain-certificate-invalid",
            );
            f.fact("error", format!("unreadable certificate: {e}"));
            return f;
        }
    };
    let not_after = cert.validity().not_after.timestamp();
    let now_unix = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default();
    let days_left = (not_after - now_unix).div_euclid(coverready_time::DAY);

    let (verdict, key) = match &probe.verification {
        Some(Ok(())) | None if days_left < 0 => (Verdict::Fail, "domain-certificate-expired"),
        Some(Ok(())) | None if days_left < MIN_DAYS_LEFT => {
            (Verdict::Warn, "domain-certificate-expiring")
        }
        Some(Ok(())) => (Verdict::Pass, "domain-certificate-valid"),
        // A resumed session skips verification; we never resume, but stay honest if it happens.
        None => (
            Verdict::Unknown {
                reason: UnknownReason::TlsFailed,
            },
            "domain-certificate-unverified",
        ),
        Some(Err(rustls::Error::InvalidCertificate(error))) => match error {
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                (Verdict::Fail, "domain-certificate-expired")
            }
            CertificateError::UnknownIssuer => (Verdict::Fail, "domain-certificate-untrusted"),
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                (Verdict::Fail, "domain-certificate-name-mismatch")
            }
            _ => (Verdict::Fail, "domain-certificate-invalid"),
        },
        Some(Err(_)) => (Verdict::Fail, "domain-certificate-invalid"),
    };

    let mut f = DomainFinding::new(CheckId::Certificate, verdict, key);
    f.fact("days_left", days_left)
        .fact("min_days_left", MIN_DAYS_LEFT)
        .fact("not_after", utc_date(not_after))
        .fact("not_after_unix", not_after)
        .fact("subject", cert.subject().to_string())
        .fact("issuer", cert.issuer().to_string())
        .fact("chain_length", probe.chain.len());
    if let Some(Err(e)) = &probe.verification {
        f.fact("error", e.to_string());
    }
    let evidence = format!(
        "subject: {}\nissuer: {}\nnot after: {} UTC",
        cert.subject(),
        cert.issuer(),
        utc_date(not_after)
    );
    f.with_evidence(evidence)
}

/// The negotiated protocol version.
pub(crate) fn judge_version(probe: &TlsProbe) -> DomainFinding {
    let (verdict, key, label) = match probe.version {
        Some(ProtocolVersion::TLSv1_3) => (Verdict::Pass, "domain-tls-version-1-3", "TLS 1.3"),
        Some(ProtocolVersion::TLSv1_2) => (Verdict::Pass, "domain-tls-version-1-2", "TLS 1.2"),
        // We never offer anything else, so this would be a rustls surprise.
        _ => (
            Verdict::Unknown {
                reason: UnknownReason::TlsFailed,
            },
            "domain-unknown-tls-failed",
            "?",
        ),
    };
    let mut f = DomainFinding::new(CheckId::TlsVersion, verdict, key);
    f.fact("version", label)
        // DOM-5: acceptance of TLS 1.0/1.1 is not tested; say so rather than imply it.
        .fact("legacy_versions_tested", false);
    f.with_evidence(format!("negotiated {label}"))
}

/// The findings a failed handshake leaves for the version check.
pub(crate) fn judge_version_failure(failure: &ProbeFailure) -> DomainFinding {
    if failure.legacy_only {
        let mut f = DomainFinding::new(
            CheckId::TlsVersion,
            Verdict::Fail,
            "domain-tls-version-legacy",
        );
        f.fact("error", failure.error.clone());
        f.with_evidence(failure.error.clone())
    } else {
        DomainFinding::unknown(CheckId::TlsVersion, failure.reason, &failure.error)
    }
}

/// `YYYY-MM-DD HH:MM` (UTC) for a Unix time. X.509 dates stop at 9999, inside what the calendar
/// shows, so the fallback to the bare number is for a certificate parser surprise only.
fn utc_date(unix: i64) -> String {
    coverready_time::utc_minute(unix).unwrap_or_else(|_| unix.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(utc_date(0), "1970-01-01 00:00");
        assert_eq!(utc_date(1_580_515_200), "2020-02-01 00:00");
        assert_eq!(utc_date(951_782_400), "2000-02-29 00:00");
        assert_eq!(utc_date(2_147_483_648), "2038-01-19 03:14");
        assert_eq!(utc_date(253_402_300_799), "9999-12-31 23:59");
        assert_eq!(utc_date(i64::MAX), i64::MAX.to_string());
    }
}
