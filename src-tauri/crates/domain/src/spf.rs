//! SPF (RFC 7208): who may send mail as the domain. We judge the published record, not a
//! particular message: exactly one record, no `+all`, a hard `-all` preferred, and no more than
//! ten DNS-querying terms in total, since receivers treat more as a permanent error and then
//! ignore the record altogether.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use crate::dns::{DnsClient, DnsError};
use crate::model::{CheckId, DomainFinding, Verdict};

/// RFC 7208 §4.6.4.
pub(crate) const LOOKUP_LIMIT: usize = 10;
/// Stop following includes deeper than this; a real chain is two or three levels.
const MAX_DEPTH: usize = 8;

pub(crate) fn check_spf(dns: &DnsClient, domain: &str) -> DomainFinding {
    let started = Instant::now();
    let finding = match dns.txt(domain) {
        Err(e) => DomainFinding::unknown(CheckId::Spf, e.reason(), &e.to_string()),
        Ok(records) => judge(dns, domain, &records),
    };
    finding.with_duration(started.elapsed())
}

/// Does this TXT string declare SPF? `v=spf1` followed by a space or nothing (RFC 7208 §4.5).
pub(crate) fn is_spf_record(txt: &str) -> bool {
    let txt = txt.trim_start();
    crate::starts_with_ignore_case(txt, "v=spf1")
        && txt[6..].chars().next().is_none_or(|c| c == ' ')
}

fn judge(dns: &DnsClient, domain: &str, txt_records: &[String]) -> DomainFinding {
    let spf: Vec<&String> = txt_records.iter().filter(|t| is_spf_record(t)).collect();
    let record = match spf.as_slice() {
        [] => {
            return DomainFinding::new(CheckId::Spf, Verdict::Fail, "domain-spf-missing")
                .with_evidence(txt_records.join("\n"));
        }
        [one] => (*one).clone(),
        several => {
            // Two records are a permanent error: receivers then ignore SPF entirely.
            return DomainFinding::several_records(CheckId::Spf, "domain-spf-multiple", several);
        }
    };

    let mut walk = Walk {
        dns,
        lookups: 0,
        visited: HashSet::from([domain.to_owned()]),
        broken: Vec::new(),
        dns_error: None,
        evidence: vec![format!("{domain}: {record}")],
        all_of: HashMap::new(),
    };
    let top = parse(&record);
    walk.count(&top, 0);
    // Without its own `all`, a record that redirects takes the target's (RFC 7208 §6.1).
    let all = match top.all {
        Some(q) => Some(q),
        None => walk.redirect_all(&top),
    };

    let (verdict, key) = if walk.lookups > LOOKUP_LIMIT {
        (Verdict::Fail, "domain-spf-too-many-lookups")
    } else if all == Some('+') {
        (Verdict::Fail, "domain-spf-plus-all")
    } else if !walk.broken.is_empty() {
        (Verdict::Fail, "domain-spf-broken-include")
    } else if let Some(e) = &walk.dns_error {
        // The count is incomplete, so we cannot say it is under the limit.
        (
            Verdict::Unknown { reason: e.reason() },
            "domain-spf-incomplete",
        )
    } else {
        match all {
            Some('-') => (Verdict::Pass, "domain-spf-pass"),
            Some('~') | Some('?') => (Verdict::Warn, "domain-spf-soft-all"),
            _ => (Verdict::Warn, "domain-spf-no-all"),
        }
    };

    let mut finding = DomainFinding::new(CheckId::Spf, verdict, key);
    finding
        .fact("record", record.clone())
        .fact("lookup_count", walk.lookups)
        .fact("lookup_limit", LOOKUP_LIMIT)
        .fact("all", all.map(|q| format!("{q}all")))
        .fact("includes", top.includes.clone())
        .fact("broken_includes", walk.broken.clone());
    if let Some(e) = &walk.dns_error {
        finding.fact("error", e.to_string());
    }
    finding.with_evidence(walk.evidence.join("\n"))
}

/// The parts of one SPF record that matter for the verdict.
#[derive(Debug, Default, PartialEq)]
struct SpfRecord {
    /// Qualifier of the `all` mechanism: `+`, `-`, `~` or `?`.
    all: Option<char>,
    /// Terms that cost a DNS query: include, a, mx, ptr, exists, redirect.
    lookup_terms: usize,
    includes: Vec<String>,
    redirect: Option<String>,
}

fn parse(record: &str) -> SpfRecord {
    let mut spf = SpfRecord::default();
    for term in record.split_ascii_whitespace().skip(1) {
        let lower = term.to_ascii_lowercase();
        if let Some(target) = lower.strip_prefix("redirect=") {
            spf.lookup_terms += 1;
            spf.redirect = Some(target.to_owned());
            continue;
        }
        if lower.contains('=') {
            continue; // exp= and unknown modifiers cost nothing
        }
        let (qualifier, mechanism) = match lower.chars().next() {
            Some(q @ ('+' | '-' | '~' | '?')) => (q, &lower[1..]),
            _ => ('+', lower.as_str()),
        };
        let name = mechanism.split([':', '/']).next().unwrap_or_default();
        match name {
            "all" => {
                // Anything after `all` is never evaluated; the first one decides.
                spf.all.get_or_insert(qualifier);
            }
            "include" => {
                spf.lookup_terms += 1;
                if let Some(target) = mechanism.strip_prefix("include:") {
                    spf.includes.push(target.to_owned());
                }
            }
            "a" | "mx" | "ptr" | "exists" => spf.lookup_terms += 1,
            _ => {} // ip4, ip6 and unknown terms
        }
    }
    spf
}

/// Follows includes and redirects, adding up the lookup terms of every record reached.
struct Walk<'a> {
    dns: &'a DnsClient,
    lookups: usize,
    visited: HashSet<String>,
    /// Includes or redirects whose target has no SPF record (a permanent error).
    broken: Vec<String>,
    dns_error: Option<DnsError>,
    evidence: Vec<String>,
    /// The `all` qualifier of every record fetched, so a redirect is not queried twice.
    all_of: HashMap<String, Option<char>>,
}

impl Walk<'_> {
    fn count(&mut self, record: &SpfRecord, depth: usize) {
        self.lookups += record.lookup_terms;
        let targets = record.includes.iter().chain(record.redirect.iter());
        for target in targets {
            // Past the limit the verdict is settled; don't keep querying.
            if self.lookups > LOOKUP_LIMIT || depth >= MAX_DEPTH {
                return;
            }
            // Macros (%{i}…) depend on the sending message and cannot be expanded here.
            if target.contains('%') || !self.visited.insert(target.clone()) {
                continue;
            }
            if let Some(nested) = self.fetch(target) {
                self.count(&nested, depth + 1);
            }
        }
    }

    fn fetch(&mut self, target: &str) -> Option<SpfRecord> {
        match self.dns.txt(target) {
            Err(e) => {
                self.dns_error.get_or_insert(e);
                None
            }
            Ok(records) => {
                let spf: Vec<&String> = records.iter().filter(|t| is_spf_record(t)).collect();
                if let [one] = spf.as_slice() {
                    self.evidence.push(format!("{target}: {one}"));
                    let parsed = parse(one);
                    self.all_of.insert(target.to_owned(), parsed.all);
                    Some(parsed)
                } else {
                    self.broken.push(target.to_owned());
                    None
                }
            }
        }
    }

    fn redirect_all(&mut self, top: &SpfRecord) -> Option<char> {
        let target = top.redirect.as_ref()?;
        if let Some(all) = self.all_of.get(target) {
            return *all;
        }
        match self.dns.txt(target) {
            Ok(records) => records
                .iter()
                .find(|t| is_spf_record(t))
                .and_then(|r| parse(r).all),
            Err(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_spf_records() {
        assert!(is_spf_record("v=spf1 -all"));
        assert!(is_spf_record("V=SPF1"));
        assert!(!is_spf_record("v=spf10 -all"));
        assert!(!is_spf_record("google-site-verification=abc"));
        assert!(!is_spf_record("例子例子"));
    }

    #[test]
    fn counts_lookup_terms() {
        let r = parse("v=spf1 ip4:1.2.3.4 a mx:mail.example.com ptr exists:%{i}.x include:_spf.example.net redirect=other.example ~all");
        assert_eq!(r.lookup_terms, 6);
        assert_eq!(r.all, Some('~'));
        assert_eq!(r.includes, vec!["_spf.example.net"]);
        assert_eq!(r.redirect.as_deref(), Some("other.example"));
        assert_eq!(parse("v=spf1 all").all, Some('+'));
        assert_eq!(parse("v=spf1 -all ~all").all, Some('-'));
        assert_eq!(
            parse("v=spf1 a/24 exp=explain.example -all").lookup_terms,
            1
        );
    }
}
