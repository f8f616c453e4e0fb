//! MX and DKIM: does the domain receive mail, and does it sign what it sends?

use std::time::Instant;

use crate::dns::{DnsClient, DnsError};
use crate::model::{CheckId, DomainFinding, UnknownReason, Verdict};

/// DKIM selectors cannot be listed from outside, so we try the ones the common providers use:
/// Microsoft 365 (`selector1`, `selector2`), Google Workspace (`google`), and the usual defaults
/// of hosting panels and Chinese enterprise-mail services (`default`, `k1`, `dkim`).
pub const DKIM_SELECTORS: [&str; 6] = ["selector1", "selector2", "google", "default", "k1", "dkim"];

pub(crate) fn check_mx(dns: &DnsClient, domain: &str) -> DomainFinding {
    let started = Instant::now();
    let finding = match dns.mx(domain) {
        Err(e) => DomainFinding::unknown(CheckId::Mx, e.reason(), &e.to_string()),
        Ok(mut records) => {
            records.sort();
            let evidence = records
                .iter()
                .map(|(pref, host)| format!("{pref} {host}."))
                .collect::<Vec<_>>()
                .join("\n");
            let hosts: Vec<&String> = records.iter().map(|(_, host)| host).collect();
            let mut finding = if records.is_empty() {
                // Not a security hole in itself (mail falls back to the A record, or the domain
                // sends no mail), but worth a look: say so explicitly with a null MX.
                DomainFinding::new(CheckId::Mx, Verdict::Warn, "domain-mx-missing")
            } else if records.len() == 1 && records[0].1.is_empty() {
                // RFC 7505 null MX: the owner has declared the domain takes no mail.
                let mut f = DomainFinding::new(CheckId::Mx, Verdict::Pass, "domain-mx-null");
                f.fact("null_mx", true);
                f
            } else {
                DomainFinding::new(CheckId::Mx, Verdict::Pass, "domain-mx-present")
            };
            finding
                .fact(
                    "hosts",
                    hosts
                        .iter()
                        .map(|h| h.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .fact("host_count", hosts.len());
            finding.with_evidence(evidence)
        }
    };
    finding.with_duration(started.elapsed())
}

/// A DKIM key record: tags like `v=DKIM1; k=rsa; p=MIIB…`. An empty `p=` is a revoked key.
fn dkim_key(txt: &str) -> Option<bool> {
    let mut has_key = None;
    for tag in txt.split(';') {
        if let Some((k, v)) = tag.split_once('=') {
            match k.trim() {
                "v" if !v.trim().eq_ignore_ascii_case("DKIM1") => return None,
                "p" => has_key = Some(!v.trim().is_empty()),
                _ => {}
            }
        }
    }
    has_key
}

pub(crate) fn check_dkim(dns: &DnsClient, domain: &str) -> DomainFinding {
    let started = Instant::now();
    // The selectors are independent queries; asking them at once keeps a slow resolver from
    // costing six timeouts in a row.
    let answers: Vec<(&str, Result<Vec<String>, DnsError>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = DKIM_SELECTORS
            .iter()
            .map(|selector| {
                let name = format!("{selector}._domainkey.{domain}");
                (*selector, scope.spawn(move || dns.txt(&name)))
            })
            .collect();
        handles
            .into_iter()
            .map(|(selector, handle)| {
                let answer = handle
                    .join()
                    .unwrap_or(Err(DnsError::Malformed("query thread failed")));
                (selector, answer)
            })
            .collect()
    });

    let mut found = Vec::new();
    let mut revoked = Vec::new();
    let mut evidence = Vec::new();
    let mut first_error = None;
    for (selector, answer) in answers {
        match answer {
            Ok(records) => {
                for record in records {
                    match dkim_key(&record) {
                        Some(true) => found.push(selector),
                        Some(false) => revoked.push(selector),
                        None => continue,
                    }
                    evidence.push(format!("{selector}._domainkey.{domain}: {record}"));
                }
            }
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    found.dedup();

    let mut finding = if !found.is_empty() {
        DomainFinding::new(CheckId::Dkim, Verdict::Pass, "domain-dkim-found")
    } else if let Some(e) = &first_error {
        DomainFinding::unknown(CheckId::Dkim, e.reason(), &e.to_string())
    } else {
        // Not a fail: the domain may well sign with a selector we cannot guess.
        let mut f = DomainFinding::new(
            CheckId::Dkim,
            Verdict::Unknown {
                reason: UnknownReason::NoSelectorFound,
            },
            "domain-dkim-not-found",
        );
        f.fact("selectors_tried", DKIM_SELECTORS.join(", "));
        f
    };
    finding
        .fact("selectors", found.join(", "))
        .fact("revoked_selectors", revoked.join(", "));
    finding
        .with_evidence(evidence.join("\n"))
        .with_duration(started.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dkim_records() {
        assert_eq!(dkim_key("v=DKIM1; k=rsa; p=MIIBIjANBg"), Some(true));
        assert_eq!(dkim_key("k=rsa; p=MIIB"), Some(true));
        assert_eq!(dkim_key("v=DKIM1; p="), Some(false));
        assert_eq!(dkim_key("v=spf1 -all"), None);
    }
}
