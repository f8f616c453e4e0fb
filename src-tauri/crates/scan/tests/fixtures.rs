//! Every fixture case under tests/fixtures/<os>/<version>/<probe>/<case> gives the verdict its
//! name announces (see tests/fixtures/README.md), on every OS's parser, from Linux.

use coverready_scan::{
    probes, run_scan, OsFamily, ReplayHost, ScanOptions, UnknownReason, Verdict,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures")
}

fn subdirs(p: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(p)
        .map(|r| {
            r.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn expected(case: &str) -> Verdict {
    let head = case.split("--").next().unwrap_or(case);
    match head {
        "pass" => Verdict::Pass,
        "fail" => Verdict::Fail,
        "not_applicable" => Verdict::NotApplicable,
        other => {
            let reason = other
                .strip_prefix("unknown-")
                .expect("case name names a verdict");
            let reason = UnknownReason::ALL
                .into_iter()
                .find(|r| r.as_str() == reason)
                .unwrap_or_else(|| panic!("unknown reason in case name {case}"));
            Verdict::unknown(reason)
        }
    }
}

struct Case {
    os: OsFamily,
    version: String,
    probe: String,
    name: String,
    dir: PathBuf,
}

fn all_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for (os_dir, os) in [
        ("windows", OsFamily::Windows),
        ("macos", OsFamily::Macos),
        ("linux", OsFamily::Linux),
    ] {
        for version in subdirs(&fixtures_root().join(os_dir)) {
            for probe in subdirs(&version) {
                for case in subdirs(&probe) {
                    let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
                    cases.push(Case {
                        os,
                        version: name(&version),
                        probe: name(&probe),
                        name: name(&case),
                        dir: case,
                    });
                }
            }
        }
    }
    cases
}

fn run_case(c: &Case) -> coverready_scan::Finding {
    let host = ReplayHost::new(c.os, &c.dir);
    let options = ScanOptions {
        only: Some(vec![c.probe.clone()]),
        ..Default::default()
    };
    let report = run_scan(&host, &options, &|_| {});
    assert_eq!(
        report.findings.len(),
        1,
        "{}: probe id unknown",
        c.dir.display()
    );
    report.findings.into_iter().next().unwrap()
}

#[test]
fn every_fixture_case_gives_its_named_verdict() {
    let cases = all_cases();
    assert!(cases.len() > 300, "fixtures missing? found {}", cases.len());
    let mut failures = Vec::new();
    for c in &cases {
        let finding = run_case(c);
        let want = expected(&c.name);
        if finding.verdict != want {
            failures.push(format!(
                "{:?}/{}/{}/{}: want {:?}, got {:?}\n    evidence: {}",
                c.os,
                c.version,
                c.probe,
                c.name,
                want,
                finding.verdict,
                serde_json::to_string(&finding.evidence).unwrap()
            ));
        }
        // Names and secrets never reach a finding.
        let json = serde_json::to_string(&finding).unwrap().to_lowercase();
        for secret in ["alice", "hunter2"] {
            if json.contains(secret) {
                failures.push(format!(
                    "{}: finding contains {secret:?}: {json}",
                    c.dir.display()
                ));
            }
        }
        if want == Verdict::unknown(UnknownReason::ParseError)
            && finding.evidence.iter().all(|e| e.excerpt.trim().is_empty())
        {
            failures.push(format!(
                "{}: a parse error must show the odd output",
                c.dir.display()
            ));
        }
        if !matches!(finding.verdict, Verdict::NotApplicable) && finding.evidence.is_empty() {
            failures.push(format!("{}: a judgement without evidence", c.dir.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases wrong:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Probes that only test whether paths exist: an unreadable path still exists, so they always
/// answer definitely.
const NEVER_UNKNOWN: &[(&str, &str)] = &[("antimalware-present", "linux")];

#[test]
fn every_probe_has_pass_fail_and_unknown_cases_on_every_os() {
    let mut seen: BTreeMap<(String, &'static str), BTreeSet<&'static str>> = BTreeMap::new();
    for c in all_cases() {
        let kind = match expected(&c.name) {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::Unknown { .. } => "unknown",
            Verdict::NotApplicable => "not_applicable",
        };
        seen.entry((c.probe.clone(), c.os.as_str()))
            .or_default()
            .insert(kind);
    }
    let mut missing = Vec::new();
    for p in probes() {
        for os in [OsFamily::Windows, OsFamily::Macos, OsFamily::Linux] {
            let have = seen
                .get(&(p.id.clone(), os.as_str()))
                .cloned()
                .unwrap_or_default();
            let need: &[&str] = if p.methods.for_os(os) == "not_applicable" {
                &["not_applicable"]
            } else if NEVER_UNKNOWN.contains(&(p.id.as_str(), os.as_str())) {
                &["pass", "fail"]
            } else {
                &["pass", "fail", "unknown"]
            };
            for n in need {
                if !have.contains(n) {
                    missing.push(format!("{} on {}: no {n} case", p.id, os.as_str()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn chinese_windows_gives_the_same_verdicts_as_english() {
    let root = fixtures_root().join("windows");
    let en = root.join("11-en-US");
    let zh = root.join("11-zh-CN");
    let mut compared = 0;
    for probe in subdirs(&en) {
        for case in subdirs(&probe) {
            let rel = case.strip_prefix(&en).unwrap();
            let twin = zh.join(rel);
            assert!(twin.is_dir(), "no zh-CN twin for {}", rel.display());
            let run = |dir: &Path| {
                let c = Case {
                    os: OsFamily::Windows,
                    version: String::new(),
                    probe: probe.file_name().unwrap().to_string_lossy().into_owned(),
                    name: String::new(),
                    dir: dir.to_path_buf(),
                };
                run_case(&c).verdict
            };
            assert_eq!(run(&case), run(&twin), "{}", rel.display());
            compared += 1;
        }
    }
    assert!(compared >= 28 * 3, "only {compared} en/zh pairs");
}

#[test]
fn auto_login_never_keeps_the_stored_password() {
    let dir = fixtures_root().join("windows/11-zh-CN/auto-login-off/fail");
    let f = run_case(&Case {
        os: OsFamily::Windows,
        version: String::new(),
        probe: "auto-login-off".into(),
        name: String::new(),
        dir,
    });
    let json = serde_json::to_string(&f).unwrap();
    assert!(!json.contains("hunter2"));
    assert!(json.contains("\"stored_password\":true"), "{json}");
}

/// The real apt log of a build machine: its newest entry is an `apt-get install` that upgraded
/// 24 dependencies, its last upgrade run is 525 days old. The install must not count as
/// updating, and the evidence must show the run that decided, not the head of the log.
#[test]
fn updates_recent_counts_upgrade_runs_and_shows_the_deciding_one() {
    let dir =
        fixtures_root().join("linux/debian-12/updates-recent/fail--install-pulled-in-upgrades");
    let c = Case {
        os: OsFamily::Linux,
        version: "debian-12".into(),
        probe: "updates-recent".into(),
        name: "fail".into(),
        dir,
    };
    let finding = run_case(&c);
    assert_eq!(finding.verdict, Verdict::Fail);
    let ev = &finding.evidence[0];
    assert_eq!(ev.facts["days_ago"], 525, "{ev:?}");
    assert_eq!(ev.facts["later_runs_without_updates"], 15, "{ev:?}");
    assert!(
        ev.excerpt
            .starts_with("Start-Date: 2025-06-24  14:36:25\nCommandline: apt-get -qqy upgrade\n"),
        "{}",
        ev.excerpt
    );
    assert!(
        ev.excerpt.ends_with("End-Date: 2025-06-24  14:36:25"),
        "{}",
        ev.excerpt
    );
    assert!(!ev.excerpt.contains("2026-12-02"), "{}", ev.excerpt);
}

fn windows_case(rel: &str) -> coverready_scan::Finding {
    let probe = rel.split('/').nth(1).unwrap().to_string();
    run_case(&Case {
        os: OsFamily::Windows,
        version: String::new(),
        probe,
        name: String::new(),
        dir: fixtures_root().join("windows").join(rel),
    })
}

/// A suspended BitLocker (value 5) keeps its key in the clear: it fails with its own reason,
/// a message both languages have.
#[test]
fn suspended_bitlocker_fails_with_its_own_reason() {
    for lang in ["en-US", "zh-CN"] {
        let f = windows_case(&format!("11-{lang}/disk-encryption/fail--suspended"));
        let json = serde_json::to_string(&f.evidence).unwrap();
        assert!(
            json.contains("\"reason_key\":\"scan-disk-encryption-suspended\""),
            "{json}"
        );
        // What the app and the report title the finding with, instead of "not encrypted".
        assert_eq!(f.reason_key(), Some("scan-disk-encryption-suspended"));
        assert!(json.contains("\"bitlocker_state\":\"suspended\""), "{json}");
        let ftl =
            std::fs::read_to_string(fixtures_root().join(format!("../../locales/{lang}/scan.ftl")))
                .unwrap();
        for key in [
            "scan-disk-encryption-suspended",
            "scan-disk-encryption-suspended-fix",
        ] {
            assert!(ftl.contains(&format!("\n{key} = ")), "{lang}: {key}");
        }
    }
}
