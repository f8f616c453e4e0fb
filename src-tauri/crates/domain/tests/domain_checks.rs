//! check_domain end to end against loopback DNS, TLS and HTTP servers started by each test.

mod support;

use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use coverready_domain::{
    check_domain, validate_domain, CheckId, DomainCheckConfig, DomainEvent, DomainReport,
    UnknownReason, Verdict,
};
use support::{
    closed_port, self_signed, silent_dns, DnsServer, Site, TestPki, WebServer, Zone, LOOPBACK,
};

const DOMAIN: &str = "shop.example";
const HSTS_YEAR: &str = "Strict-Transport-Security: max-age=31536000; includeSubDomains";
const REDIRECT: &str = "HTTP/1.1 301 Moved Permanently\r\nLocation: https://shop.example/";

fn config(resolver: SocketAddr) -> DomainCheckConfig {
    let mut config = DomainCheckConfig::new(resolver);
    // Nothing listens here unless a test starts a website; a refused connection is instant.
    config.https_port = closed_port();
    config.http_port = closed_port();
    config.connect_to = Some(IpAddr::V4(LOOPBACK));
    config.timeout = Duration::from_secs(2);
    config
}

fn run(domain: &str, config: &DomainCheckConfig) -> DomainReport {
    check_domain(domain, config, &|_| {}).expect("valid domain")
}

fn dns_only(zone: Zone, domain: &str) -> DomainReport {
    let dns = DnsServer::start(zone);
    run(domain, &config(dns.addr))
}

fn verdict(report: &DomainReport, check: CheckId) -> Verdict {
    report.finding(check).unwrap().verdict
}

fn key(report: &DomainReport, check: CheckId) -> String {
    report.finding(check).unwrap().detail_key.clone()
}

// ---------------------------------------------------------------- SPF

#[test]
fn spf_one_good_record_passes() {
    let zone = Zone::new()
        .txt(DOMAIN, "google-site-verification=abc")
        .txt(
            DOMAIN,
            "v=spf1 ip4:203.0.113.5 include:spf.mail.example -all",
        )
        .txt("spf.mail.example", "v=spf1 ip4:198.51.100.0/24 ~all");
    let report = dns_only(zone, DOMAIN);
    let spf = report.finding(CheckId::Spf).unwrap();
    assert_eq!(spf.verdict, Verdict::Pass, "{spf:?}");
    assert_eq!(spf.facts["lookup_count"], 1);
    assert_eq!(spf.facts["all"], "-all");
    assert!(spf.evidence.contains("include:spf.mail.example"));
}

#[test]
fn spf_two_records_fail() {
    let zone = Zone::new()
        .txt(DOMAIN, "v=spf1 include:a.example -all")
        .txt(DOMAIN, "v=spf1 ip4:203.0.113.5 -all");
    let report = dns_only(zone, DOMAIN);
    assert_eq!(verdict(&report, CheckId::Spf), Verdict::Fail);
    assert_eq!(key(&report, CheckId::Spf), "domain-spf-multiple");
}

#[test]
fn spf_plus_all_fails_and_soft_all_warns() {
    let zone = Zone::new()
        .txt("plus.example", "v=spf1 mx +all")
        .txt("bare.example", "v=spf1 mx all")
        .txt("soft.example", "v=spf1 mx ~all")
        .txt("neutral.example", "v=spf1 mx ?all");
    let dns = DnsServer::start(zone);
    let config = config(dns.addr);
    assert_eq!(
        key(&run("plus.example", &config), CheckId::Spf),
        "domain-spf-plus-all"
    );
    assert_eq!(
        verdict(&run("bare.example", &config), CheckId::Spf),
        Verdict::Fail
    );
    let soft = run("soft.example", &config);
    assert_eq!(verdict(&soft, CheckId::Spf), Verdict::Warn);
    assert_eq!(key(&soft, CheckId::Spf), "domain-spf-soft-all");
    assert_eq!(
        verdict(&run("neutral.example", &config), CheckId::Spf),
        Verdict::Warn
    );
}

#[test]
fn spf_eleven_lookups_through_nested_includes_fail() {
    // 2 at the top + 3 in l1 + 3 in l2 + 3 in l3 = 11 > 10.
    let zone = Zone::new()
        .txt(DOMAIN, "v=spf1 mx include:l1.example -all")
        .txt("l1.example", "v=spf1 a mx include:l2.example -all")
        .txt(
            "l2.example",
            "v=spf1 a exists:x.example include:l3.example -all",
        )
        .txt("l3.example", "v=spf1 a ptr mx -all");
    let report = dns_only(zone.clone(), DOMAIN);
    let spf = report.finding(CheckId::Spf).unwrap();
    assert_eq!(spf.verdict, Verdict::Fail, "{spf:?}");
    assert_eq!(spf.detail_key, "domain-spf-too-many-lookups");
    assert_eq!(spf.facts["lookup_count"], 11);

    // Exactly ten is still fine.
    let ten = zone.txt("ten.example", "v=spf1 include:l1.example -all");
    let ten = dns_only(ten, "ten.example");
    assert_eq!(ten.finding(CheckId::Spf).unwrap().facts["lookup_count"], 10);
    assert_eq!(verdict(&ten, CheckId::Spf), Verdict::Pass);
}

#[test]
fn spf_include_loop_and_broken_include() {
    let zone = Zone::new()
        .txt("loop.example", "v=spf1 include:loop2.example -all")
        .txt("loop2.example", "v=spf1 include:loop.example -all")
        .txt("broken.example", "v=spf1 include:gone.example -all");
    let dns = DnsServer::start(zone);
    let config = config(dns.addr);
    let looped = run("loop.example", &config);
    assert_eq!(verdict(&looped, CheckId::Spf), Verdict::Pass);
    let broken = run("broken.example", &config);
    assert_eq!(key(&broken, CheckId::Spf), "domain-spf-broken-include");
}

#[test]
fn spf_missing_fails() {
    let report = dns_only(Zone::new().txt(DOMAIN, "some-other=txt"), DOMAIN);
    assert_eq!(verdict(&report, CheckId::Spf), Verdict::Fail);
    assert_eq!(key(&report, CheckId::Spf), "domain-spf-missing");
}

// ---------------------------------------------------------------- DMARC

#[test]
fn dmarc_policies() {
    let zone = Zone::new()
        .txt(
            "_dmarc.none.example",
            "v=DMARC1; p=none; rua=mailto:d@none.example",
        )
        .txt("_dmarc.quarantine.example", "v=DMARC1; p=quarantine")
        .txt(
            "_dmarc.reject.example",
            "v=DMARC1; p=reject; rua=mailto:d@reject.example",
        )
        .txt("missing.example", "v=spf1 -all");
    let dns = DnsServer::start(zone);
    let config = config(dns.addr);

    let none = run("none.example", &config);
    assert_eq!(verdict(&none, CheckId::Dmarc), Verdict::Warn);
    assert_eq!(key(&none, CheckId::Dmarc), "domain-dmarc-none");

    let quarantine = run("quarantine.example", &config);
    let finding = quarantine.finding(CheckId::Dmarc).unwrap();
    assert_eq!(finding.verdict, Verdict::Pass);
    assert_eq!(finding.facts["rua_present"], false);

    let reject = run("reject.example", &config);
    let finding = reject.finding(CheckId::Dmarc).unwrap();
    assert_eq!(finding.verdict, Verdict::Pass);
    assert_eq!(finding.facts["rua_present"], true);
    assert_eq!(
        finding.evidence,
        "v=DMARC1; p=reject; rua=mailto:d@reject.example"
    );

    let missing = run("missing.example", &config);
    assert_eq!(verdict(&missing, CheckId::Dmarc), Verdict::Fail);
    assert_eq!(key(&missing, CheckId::Dmarc), "domain-dmarc-missing");
}

// ---------------------------------------------------------------- MX and DKIM

#[test]
fn mx_present_missing_and_null() {
    let zone = Zone::new()
        .mx("mail.example", 20, "mx2.mail.example")
        .mx("mail.example", 10, "mx1.mail.example")
        .txt("nomail.example", "v=spf1 -all")
        .mx("null.example", 0, "");
    let dns = DnsServer::start(zone);
    let config = config(dns.addr);
    let present = run("mail.example", &config);
    let mx = present.finding(CheckId::Mx).unwrap();
    assert_eq!(mx.verdict, Verdict::Pass);
    assert_eq!(mx.evidence, "10 mx1.mail.example.\n20 mx2.mail.example.");
    assert_eq!(
        key(&run("nomail.example", &config), CheckId::Mx),
        "domain-mx-missing"
    );
    assert_eq!(
        key(&run("null.example", &config), CheckId::Mx),
        "domain-mx-null"
    );
}

#[test]
fn dkim_found_at_selector1_or_unknown() {
    let zone = Zone::new()
        .txt(
            "selector1._domainkey.m365.example",
            "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
        )
        .txt("plain.example", "v=spf1 -all");
    let dns = DnsServer::start(zone);
    let config = config(dns.addr);
    let found = run("m365.example", &config);
    let dkim = found.finding(CheckId::Dkim).unwrap();
    assert_eq!(dkim.verdict, Verdict::Pass);
    assert_eq!(dkim.facts["selectors"], "selector1");

    let none = run("plain.example", &config);
    assert_eq!(
        verdict(&none, CheckId::Dkim),
        Verdict::Unknown {
            reason: UnknownReason::NoSelectorFound
        }
    );
    assert_eq!(key(&none, CheckId::Dkim), "domain-dkim-not-found");
}

// ---------------------------------------------------------------- website

fn website(site: Site) -> (WebServer, DnsServer, DomainCheckConfig) {
    let web = WebServer::start(site);
    // The website is found through its A record, as in real use.
    let dns = DnsServer::start(Zone::new().a(DOMAIN, LOOPBACK).txt(DOMAIN, "v=spf1 -all"));
    let mut config = config(dns.addr);
    config.connect_to = None;
    config.https_port = web.https_port;
    config.http_port = web.http_port;
    (web, dns, config)
}

fn good_site(pki: &TestPki, days_left: i64) -> Site {
    Site {
        cert: pki.leaf(DOMAIN, days_left),
        https_headers: vec![HSTS_YEAR.to_owned()],
        http_head: Some(REDIRECT.to_owned()),
        tls12_only: false,
    }
}

#[test]
fn healthy_website_passes_everything() {
    let pki = TestPki::new();
    let (_web, _dns, mut config) = website(good_site(&pki, 90));
    config.extra_roots = vec![pki.ca_der.clone()];
    let started = Instant::now();
    let report = run(DOMAIN, &config);
    eprintln!(
        "full check against loopback servers: {:?} (report says {} ms)",
        started.elapsed(),
        report.duration_ms
    );

    let cert = report.finding(CheckId::Certificate).unwrap();
    assert_eq!(cert.verdict, Verdict::Pass, "{cert:?}");
    assert_eq!(cert.facts["days_left"], 90);
    let tls = report.finding(CheckId::TlsVersion).unwrap();
    assert_eq!(tls.verdict, Verdict::Pass);
    assert_eq!(tls.detail_key, "domain-tls-version-1-3");
    let hsts = report.finding(CheckId::Hsts).unwrap();
    assert_eq!(hsts.verdict, Verdict::Pass);
    assert_eq!(
        hsts.evidence,
        "Strict-Transport-Security: max-age=31536000; includeSubDomains"
    );
    assert_eq!(verdict(&report, CheckId::HttpsRedirect), Verdict::Pass);
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn certificate_with_ten_days_left_warns() {
    let pki = TestPki::new();
    let (_web, _dns, mut config) = website(good_site(&pki, 10));
    config.extra_roots = vec![pki.ca_der.clone()];
    let report = run(DOMAIN, &config);
    let cert = report.finding(CheckId::Certificate).unwrap();
    // Documented choice: still working, so warn (renewal looks stuck), not fail.
    assert_eq!(cert.verdict, Verdict::Warn, "{cert:?}");
    assert_eq!(cert.detail_key, "domain-certificate-expiring");
    assert_eq!(cert.facts["days_left"], 10);
}

#[test]
fn expired_certificate_fails_but_headers_are_still_read() {
    let pki = TestPki::new();
    let (_web, _dns, mut config) = website(good_site(&pki, -3));
    config.extra_roots = vec![pki.ca_der.clone()];
    let report = run(DOMAIN, &config);
    let cert = report.finding(CheckId::Certificate).unwrap();
    assert_eq!(cert.verdict, Verdict::Fail, "{cert:?}");
    assert_eq!(cert.detail_key, "domain-certificate-expired");
    assert!(cert.facts["days_left"].as_i64().unwrap() < 0);
    assert_eq!(verdict(&report, CheckId::Hsts), Verdict::Pass);
    assert_eq!(verdict(&report, CheckId::TlsVersion), Verdict::Pass);
}

#[test]
fn untrusted_and_wrong_name_certificates_fail() {
    let (_web, _dns, config) = website(Site {
        cert: self_signed(DOMAIN, 90),
        https_headers: vec![],
        http_head: None,
        tls12_only: false,
    });
    let report = run(DOMAIN, &config);
    assert_eq!(
        key(&report, CheckId::Certificate),
        "domain-certificate-untrusted"
    );
    assert_eq!(verdict(&report, CheckId::Certificate), Verdict::Fail);

    let pki = TestPki::new();
    let (_web, _dns, mut config) = website(Site {
        cert: pki.leaf("other.example", 90),
        https_headers: vec![],
        http_head: None,
        tls12_only: false,
    });
    config.extra_roots = vec![pki.ca_der.clone()];
    let report = run(DOMAIN, &config);
    assert_eq!(
        key(&report, CheckId::Certificate),
        "domain-certificate-name-mismatch"
    );
}

#[test]
fn missing_hsts_and_missing_redirect_fail() {
    let pki = TestPki::new();
    let (_web, _dns, mut config) = website(Site {
        cert: pki.leaf(DOMAIN, 90),
        https_headers: vec!["Strict-Transport-Security: max-age=86400".to_owned()],
        http_head: Some("HTTP/1.1 200 OK".to_owned()),
        tls12_only: true,
    });
    config.extra_roots = vec![pki.ca_der.clone()];
    let report = run(DOMAIN, &config);
    assert_eq!(key(&report, CheckId::Hsts), "domain-hsts-short");
    assert_eq!(verdict(&report, CheckId::Hsts), Verdict::Warn);
    assert_eq!(
        key(&report, CheckId::HttpsRedirect),
        "domain-https-redirect-missing"
    );
    assert_eq!(verdict(&report, CheckId::HttpsRedirect), Verdict::Fail);
    assert_eq!(key(&report, CheckId::TlsVersion), "domain-tls-version-1-2");

    let (_web, _dns, mut config) = website(Site {
        cert: pki.leaf(DOMAIN, 90),
        https_headers: vec![],
        http_head: None,
        tls12_only: false,
    });
    config.extra_roots = vec![pki.ca_der.clone()];
    let report = run(DOMAIN, &config);
    assert_eq!(key(&report, CheckId::Hsts), "domain-hsts-missing");
    assert_eq!(verdict(&report, CheckId::Hsts), Verdict::Fail);
    // Port 80 closed: we cannot tell, so unknown rather than a guess.
    assert_eq!(
        verdict(&report, CheckId::HttpsRedirect),
        Verdict::Unknown {
            reason: UnknownReason::ConnectionFailed
        }
    );
}

#[test]
fn no_website_is_unknown_not_a_failure() {
    let dns = DnsServer::start(Zone::new().txt(DOMAIN, "v=spf1 -all"));
    let mut config = config(dns.addr);
    config.connect_to = None;
    let report = run(DOMAIN, &config);
    for check in [
        CheckId::Certificate,
        CheckId::TlsVersion,
        CheckId::Hsts,
        CheckId::HttpsRedirect,
    ] {
        assert_eq!(
            verdict(&report, check),
            Verdict::Unknown {
                reason: UnknownReason::NoAddress
            }
        );
    }
    // Nothing listening on the HTTPS port of an address we do have.
    let config = self::config(dns.addr);
    let report = run(DOMAIN, &config);
    assert_eq!(
        verdict(&report, CheckId::Certificate),
        Verdict::Unknown {
            reason: UnknownReason::ConnectionFailed
        }
    );
}

// ---------------------------------------------------------------- failures and input

#[test]
fn silent_dns_server_gives_unknown_timeout_quickly() {
    let silent = silent_dns();
    let mut config = config(silent.local_addr().unwrap());
    config.connect_to = None;
    config.timeout = Duration::from_millis(300);
    let started = Instant::now();
    let report = run(DOMAIN, &config);
    let elapsed = started.elapsed();
    assert_eq!(report.findings.len(), 8);
    for finding in &report.findings {
        assert_eq!(
            finding.verdict,
            Verdict::Unknown {
                reason: UnknownReason::Timeout
            },
            "{finding:?}"
        );
        assert_eq!(finding.detail_key, "domain-unknown-timeout");
    }
    // Checks run side by side: about one timeout (the A and AAAA lookups are two), not eight.
    assert!(elapsed < Duration::from_millis(1500), "took {elapsed:?}");
}

#[test]
fn invalid_domains_are_refused_before_any_query() {
    let silent = silent_dns();
    let config = config(silent.local_addr().unwrap());
    for junk in [
        "",
        "exa mple.com",
        "a..b",
        "127.0.0.1",
        "localhost",
        &"a".repeat(300),
    ] {
        let err = check_domain(junk, &config, &|_| panic!("no event for {junk:?}")).unwrap_err();
        assert_eq!(err.code(), "invalid_domain");
    }
}

#[test]
fn chinese_domain_is_queried_as_punycode() {
    let dns =
        DnsServer::start(Zone::new().txt("xn--fsqu00a.xn--fiqs8s", "v=spf1 ip4:203.0.113.5 -all"));
    let report = run("例子.中国", &config(dns.addr));
    assert_eq!(report.domain.ascii, "xn--fsqu00a.xn--fiqs8s");
    assert_eq!(report.domain.unicode, "例子.中国");
    assert_eq!(verdict(&report, CheckId::Spf), Verdict::Pass);
    assert_eq!(validate_domain("例子.中国").unwrap(), report.domain);
}

#[test]
fn events_report_every_check_and_the_report_serialises() {
    let dns = DnsServer::start(Zone::new().txt(DOMAIN, "v=spf1 -all"));
    let events = Mutex::new(Vec::new());
    let report = check_domain(DOMAIN, &config(dns.addr), &|e| {
        events.lock().unwrap().push(e)
    })
    .unwrap();
    let events = events.into_inner().unwrap();
    let started = events
        .iter()
        .filter(|e| matches!(e, DomainEvent::Started { .. }))
        .count();
    let finished: Vec<CheckId> = events
        .iter()
        .filter_map(|e| match e {
            DomainEvent::Finished { finding } => Some(finding.check),
            _ => None,
        })
        .collect();
    assert_eq!(started, 8);
    assert_eq!(finished.len(), 8);
    for check in CheckId::ALL {
        assert!(finished.contains(&check));
    }
    let order: Vec<CheckId> = report.findings.iter().map(|f| f.check).collect();
    assert_eq!(order, CheckId::ALL);

    let json = serde_json::to_value(&report).unwrap();
    let spf = &json["findings"][0];
    assert_eq!(spf["check"], "spf");
    assert_eq!(spf["verdict"], "pass");
    let dkim = &json["findings"][3];
    assert_eq!(dkim["verdict"], "unknown");
    assert_eq!(dkim["reason"], "no_selector_found");
    assert_eq!(json["findings"][5]["check"], "tls_version");
    let back: DomainReport = serde_json::from_value(json).unwrap();
    assert_eq!(back, report);
}
