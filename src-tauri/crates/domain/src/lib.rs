//! Opt-in outside-in checks of a firm's domain, run only when the owner types the domain and
//! starts them: SPF, DMARC, MX and DKIM from DNS; certificate, TLS version, HSTS and the
//! HTTP→HTTPS redirect from the website.
//!
//! Network failures never become errors or panics: each check ends in a [`DomainFinding`],
//! `unknown` with a reason when it could not decide. The only error is a refused domain name.
//! Everything talks to the resolver and ports in [`DomainCheckConfig`], so tests run entirely
//! against servers on loopback.

mod dmarc;
mod dns;
mod error;
mod http;
mod mail;
mod model;
mod spf;
mod tls;
mod validate;
mod web;

use std::time::Instant;

pub use error::{DomainError, InvalidDomainReason};
pub use mail::DKIM_SELECTORS;
pub use model::{
    CheckId, DomainCheckConfig, DomainEvent, DomainFinding, DomainReport, UnknownReason, Verdict,
};
pub use validate::{validate_domain, NormalisedDomain};

use dns::DnsClient;

/// Runs every check against `domain` and returns one finding per check, in [`CheckId::ALL`]
/// order. Blocking; the checks run on a few threads of their own, and `on_event` is called from
/// them as each check starts and finishes.
///
/// Takes about one network round trip per step when the servers answer; when they don't, each
/// step gives up after `config.timeout`, and steps run side by side so the whole check stays
/// within a few timeouts.
pub fn check_domain(
    domain: &str,
    config: &DomainCheckConfig,
    on_event: &(dyn Fn(DomainEvent) + Sync),
) -> Result<DomainReport, DomainError> {
    let started = Instant::now();
    let domain = validate_domain(domain)?;
    let dns = DnsClient::new(config.resolver, config.timeout);
    let name = domain.ascii.as_str();

    for check in CheckId::ALL {
        on_event(DomainEvent::Started { check });
    }
    let finish = |finding: DomainFinding| {
        on_event(DomainEvent::Finished {
            finding: finding.clone(),
        });
        finding
    };

    let findings = std::thread::scope(|scope| {
        let dns = &dns;
        let finish = &finish;
        let email: Vec<(CheckId, _)> = vec![
            (
                CheckId::Spf,
                scope.spawn(move || finish(spf::check_spf(dns, name))),
            ),
            (
                CheckId::Dmarc,
                scope.spawn(move || finish(dmarc::check_dmarc(dns, name))),
            ),
            (
                CheckId::Mx,
                scope.spawn(move || finish(mail::check_mx(dns, name))),
            ),
            (
                CheckId::Dkim,
                scope.spawn(move || finish(mail::check_dkim(dns, name))),
            ),
        ];
        let website = scope.spawn(move || {
            web::check_website(dns, name, config)
                .into_iter()
                .map(finish)
                .collect::<Vec<_>>()
        });

        // A panicking check is a bug, but the owner still gets every other finding.
        let mut findings: Vec<DomainFinding> = email
            .into_iter()
            .map(|(check, handle)| handle.join().unwrap_or_else(|_| internal(check)))
            .collect();
        match website.join() {
            Ok(web) => findings.extend(web),
            Err(_) => findings.extend(
                [
                    CheckId::Certificate,
                    CheckId::TlsVersion,
                    CheckId::Hsts,
                    CheckId::HttpsRedirect,
                ]
                .map(internal),
            ),
        }
        findings
    });

    Ok(DomainReport {
        domain,
        findings,
        duration_ms: started.elapsed().as_millis().try_into().unwrap_or(u64::MAX),
    })
}

/// ASCII case-insensitive prefix test that cannot panic on multi-byte text (names, records and
/// headers come from the owner's keyboard or from servers we do not control).
pub(crate) fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn internal(check: CheckId) -> DomainFinding {
    DomainFinding::unknown(
        check,
        UnknownReason::Internal,
        "the check stopped unexpectedly",
    )
}

#[cfg(test)]
mod locale_tests {
    use std::collections::BTreeSet;

    use super::*;

    const EN: &str = include_str!("../../../../locales/en-US/domain.ftl");
    const ZH: &str = include_str!("../../../../locales/zh-CN/domain.ftl");
    const SOURCES: [&str; 10] = [
        include_str!("dmarc.rs"),
        include_str!("dns.rs"),
        include_str!("error.rs"),
        include_str!("http.rs"),
        include_str!("mail.rs"),
        include_str!("model.rs"),
        include_str!("spf.rs"),
        include_str!("tls.rs"),
        include_str!("validate.rs"),
        include_str!("web.rs"),
    ];

    fn keys(ftl: &str) -> BTreeSet<String> {
        let resource = fluent_syntax::parser::parse(ftl).expect("domain.ftl parses");
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    /// Every `"domain-…"` literal in the sources, plus the keys built from enums.
    fn keys_used() -> BTreeSet<String> {
        let mut used = BTreeSet::new();
        for source in SOURCES {
            for piece in source.split('"').skip(1).step_by(2) {
                if piece.starts_with("domain-")
                    && piece.len() > 7
                    && piece
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                {
                    used.insert(piece.to_owned());
                }
            }
        }
        used.extend(CheckId::ALL.map(CheckId::title_key));
        use UnknownReason as U;
        for reason in [
            U::Timeout,
            U::DnsError,
            U::ConnectionFailed,
            U::TlsFailed,
            U::NoAddress,
            U::NoSelectorFound,
            U::HttpError,
            U::Internal,
        ] {
            used.insert(reason.message_key());
        }
        use InvalidDomainReason as I;
        for reason in [
            I::Empty,
            I::TooLong,
            I::EmptyLabel,
            I::LabelTooLong,
            I::InvalidCharacter,
            I::IpAddress,
            I::SingleLabel,
            I::NumericTld,
        ] {
            used.insert(reason.message_key());
        }
        used
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        assert_eq!(keys(EN), keys(ZH));
    }

    #[test]
    fn every_message_the_code_names_exists() {
        let defined = keys(EN);
        let missing: Vec<_> = keys_used().difference(&defined).cloned().collect();
        assert!(missing.is_empty(), "missing in domain.ftl: {missing:?}");
    }
}
