//! DMARC (RFC 7489): what receivers should do with mail that fails SPF/DKIM alignment. Only
//! `quarantine` or `reject` actually stops spoofed mail; `p=none` only asks for reports.

use std::time::Instant;

use crate::dns::DnsClient;
use crate::model::{CheckId, DomainFinding, Verdict};

pub(crate) fn check_dmarc(dns: &DnsClient, domain: &str) -> DomainFinding {
    let started = Instant::now();
    let name = format!("_dmarc.{domain}");
    let finding = match dns.txt(&name) {
        Err(e) => DomainFinding::unknown(CheckId::Dmarc, e.reason(), &e.to_string()),
        Ok(records) => judge(&records),
    };
    finding.with_duration(started.elapsed())
}

fn is_dmarc_record(txt: &str) -> bool {
    let mut tags = tags(txt);
    tags.next()
        .is_some_and(|(k, v)| k == "v" && v.eq_ignore_ascii_case("DMARC1"))
}

/// `k=v` pairs separated by `;`, keys lower-cased, whitespace trimmed.
fn tags(record: &str) -> impl Iterator<Item = (String, &str)> {
    record.split(';').filter_map(|tag| {
        let (k, v) = tag.split_once('=')?;
        Some((k.trim().to_ascii_lowercase(), v.trim()))
    })
}

fn judge(txt_records: &[String]) -> DomainFinding {
    let dmarc: Vec<&String> = txt_records.iter().filter(|t| is_dmarc_record(t)).collect();
    let record = match dmarc.as_slice() {
        [] => return DomainFinding::new(CheckId::Dmarc, Verdict::Fail, "domain-dmarc-missing"),
        [one] => (*one).clone(),
        several => {
            // RFC 7489 §6.6.3: more than one record means no policy is applied at all.
            return DomainFinding::several_records(
                CheckId::Dmarc,
                "domain-dmarc-multiple",
                several,
            );
        }
    };

    let find = |key: &str| {
        tags(&record)
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.to_owned())
    };
    let policy = find("p").map(|p| p.to_ascii_lowercase());
    let rua = find("rua").filter(|r| !r.is_empty());
    let (verdict, key) = match policy.as_deref() {
        Some("reject") => (Verdict::Pass, "domain-dmarc-reject"),
        Some("quarantine") => (Verdict::Pass, "domain-dmarc-quarantine"),
        Some("none") => (Verdict::Warn, "domain-dmarc-none"),
        // A record without a valid p= is invalid (RFC 7489 §6.3) and is ignored by receivers.
        _ => (Verdict::Fail, "domain-dmarc-invalid"),
    };
    let mut finding = DomainFinding::new(CheckId::Dmarc, verdict, key);
    finding
        .fact("record", record.clone())
        .fact("policy", policy)
        .fact(
            "subdomain_policy",
            find("sp").map(|p| p.to_ascii_lowercase()),
        )
        .fact("pct", find("pct").and_then(|p| p.parse::<u8>().ok()))
        .fact("rua_present", rua.is_some())
        .fact("rua", rua);
    finding.with_evidence(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge_one(record: &str) -> DomainFinding {
        judge(&[record.to_owned()])
    }

    #[test]
    fn policies() {
        assert_eq!(judge_one("v=DMARC1; p=reject").verdict, Verdict::Pass);
        assert_eq!(
            judge_one("v=DMARC1;p=Quarantine;rua=mailto:d@example.com").verdict,
            Verdict::Pass
        );
        assert_eq!(judge_one("v=DMARC1; p=none").verdict, Verdict::Warn);
        assert_eq!(
            judge_one("v=DMARC1; rua=mailto:d@example.com").verdict,
            Verdict::Fail
        );
        assert_eq!(
            judge(&["some-verification=1".to_owned()]).detail_key,
            "domain-dmarc-missing"
        );
        let f = judge_one("v=DMARC1; p=reject; rua=mailto:d@example.com; pct=50");
        assert_eq!(f.facts["rua_present"], true);
        assert_eq!(f.facts["pct"], 50);
    }
}
