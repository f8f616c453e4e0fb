//! The website checks: one HTTPS probe gives the certificate, TLS version and HSTS findings;
//! a plain-HTTP request alongside gives the redirect finding.

use std::net::{IpAddr, SocketAddr};
use std::time::{Instant, SystemTime};

use crate::dns::DnsClient;
use crate::http;
use crate::model::{CheckId, DomainCheckConfig, DomainFinding, UnknownReason};
use crate::tls;

/// The four website findings, in [`CheckId::ALL`] order.
pub(crate) fn check_website(
    dns: &DnsClient,
    domain: &str,
    config: &DomainCheckConfig,
) -> Vec<DomainFinding> {
    let started = Instant::now();
    let web_checks = [
        CheckId::Certificate,
        CheckId::TlsVersion,
        CheckId::Hsts,
        CheckId::HttpsRedirect,
    ];
    let ip: IpAddr = match config.connect_to {
        Some(ip) => ip,
        None => match dns.addresses(domain) {
            Ok(addresses) => match addresses.first() {
                Some(ip) => *ip,
                None => {
                    return web_checks
                        .map(|c| {
                            DomainFinding::unknown(c, UnknownReason::NoAddress, "")
                                .with_duration(started.elapsed())
                        })
                        .to_vec();
                }
            },
            Err(e) => {
                return web_checks
                    .map(|c| {
                        DomainFinding::unknown(c, e.reason(), &e.to_string())
                            .with_duration(started.elapsed())
                    })
                    .to_vec();
            }
        },
    };

    let https_target = SocketAddr::new(ip, config.https_port);
    let http_target = SocketAddr::new(ip, config.http_port);
    let (probe, redirect) = std::thread::scope(|scope| {
        let redirect =
            scope.spawn(|| http::check_https_redirect(http_target, domain, config.timeout));
        let probe = tls::probe(https_target, domain, &config.extra_roots, config.timeout);
        let probe_elapsed = started.elapsed();
        let redirect = redirect.join().unwrap_or_else(|_| {
            DomainFinding::unknown(
                CheckId::HttpsRedirect,
                UnknownReason::Internal,
                "redirect check failed",
            )
        });
        ((probe, probe_elapsed), redirect)
    });

    let (probe, elapsed) = probe;
    let (certificate, version, hsts) = match probe {
        Ok(probe) => {
            let hsts = match &probe.head {
                Ok(head) => http::judge_hsts(head),
                Err(e) => {
                    let reason = match e.kind() {
                        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => {
                            UnknownReason::Timeout
                        }
                        _ => UnknownReason::HttpError,
                    };
                    DomainFinding::unknown(CheckId::Hsts, reason, &e.to_string())
                }
            };
            (
                tls::judge_certificate(&probe, SystemTime::now()),
                tls::judge_version(&probe),
                hsts,
            )
        }
        Err(failure) => (
            DomainFinding::unknown(CheckId::Certificate, failure.reason, &failure.error),
            tls::judge_version_failure(&failure),
            DomainFinding::unknown(CheckId::Hsts, failure.reason, &failure.error),
        ),
    };
    vec![
        certificate.with_duration(elapsed),
        version.with_duration(elapsed),
        hsts.with_duration(elapsed),
        redirect,
    ]
}
