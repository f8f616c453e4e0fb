//! The real `coverready` binary against real store files.

mod common;

use common::{coverready, json, stderr, stdout};

use std::process::Command;

#[test]
fn org_lifecycle_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let added = coverready(
        d,
        &[
            "--json",
            "org",
            "add",
            "--name",
            "北京示例科技有限公司",
            "--industry",
            "retail",
            "--headcount",
            "12",
        ],
    );
    assert!(added.status.success(), "{}", stderr(&added));
    let org = json(&added);
    let id = org["id"].as_i64().unwrap();
    assert_eq!(org["name"], "北京示例科技有限公司");
    assert_eq!(org["profile"]["headcount_band"], "10-49");
    assert_eq!(org["profile"]["industry"], "retail");

    let set = coverready(
        d,
        &[
            "--json",
            "profile",
            "set",
            "--org",
            &id.to_string(),
            "card_payments=yes",
            "daily_gross_profit=25,000",
            "region=beijing",
        ],
    );
    assert!(set.status.success(), "{}", stderr(&set));
    let org = json(&set);
    assert_eq!(org["profile"]["card_payments"], true);
    assert_eq!(org["profile"]["daily_gross_profit"], 25000.0);

    let renamed = coverready(
        d,
        &["--json", "org", "rename", &id.to_string(), "--name", "示例"],
    );
    assert!(renamed.status.success());
    assert_eq!(
        json(&renamed)["profile"]["region"],
        "beijing",
        "rename keeps the profile"
    );

    let list = json(&coverready(d, &["--json", "org", "list"]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["name"], "示例");

    let removed = coverready(d, &["--json", "org", "remove", &id.to_string()]);
    assert!(removed.status.success());
    assert_eq!(
        json(&coverready(d, &["--json", "org", "list"])),
        serde_json::json!([])
    );
}

#[test]
fn human_output_is_localised() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let zh = coverready(d, &["--lang", "zh-CN", "org", "add", "--name", "小店"]);
    assert_eq!(stdout(&zh).trim(), "已新建企业 1：小店");
    let en = coverready(d, &["--lang", "en-US", "org", "show", "1"]);
    assert!(
        stdout(&en).contains("Organisation 1: 小店"),
        "{}",
        stdout(&en)
    );
    assert!(stdout(&en).contains("Industry: (not answered yet)"));
    let help = coverready(d, &["--lang", "zh-CN", "org", "--help"]);
    assert!(
        stdout(&help).contains("新建企业并显示其编号"),
        "{}",
        stdout(&help)
    );
    let no_marks = stdout(&zh) + &stdout(&en);
    assert!(!no_marks.contains('\u{2068}') && !no_marks.contains('\u{2069}'));
}

#[test]
fn refused_input_exits_1_with_a_clear_message_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let long = "名".repeat(201);
    for name in ["", "   ", "a\u{7}b", long.as_str()] {
        let o = coverready(d, &["--lang", "en-US", "org", "add", "--name", name]);
        assert_eq!(o.status.code(), Some(1), "{name:?}");
        assert!(stderr(&o).contains("1 to 200 characters"), "{}", stderr(&o));
    }
    let bad_industry = coverready(
        d,
        &[
            "--lang",
            "zh-CN",
            "org",
            "add",
            "--name",
            "x",
            "--industry",
            "space-mining",
        ],
    );
    assert_eq!(bad_industry.status.code(), Some(1));
    assert!(stderr(&bad_industry).contains("space-mining"));

    assert!(coverready(d, &["org", "add", "--name", "ok"])
        .status
        .success());
    // One bad value among good ones: nothing of the batch is saved.
    let batch = coverready(
        d,
        &[
            "--json",
            "profile",
            "set",
            "--org",
            "1",
            "region=beijing",
            "headcount_band=lots",
        ],
    );
    assert_eq!(batch.status.code(), Some(1));
    assert_eq!(json(&batch)["error"]["code"], "invalid_profile_value");
    let profile = json(&coverready(d, &["--json", "profile", "show", "--org", "1"]));
    assert_eq!(profile, serde_json::json!({}));

    let missing = coverready(d, &["--json", "org", "show", "99"]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(json(&missing)["error"]["code"], "not_found");
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        coverready(dir.path(), &["org", "frobnicate"]).status.code(),
        Some(2)
    );
    assert_eq!(
        coverready(dir.path(), &["org", "show", "not-a-number"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_damaged_store_exits_3_explains_and_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("coverready.sqlite3");
    std::fs::write(&store, b"definitely not sqlite".repeat(100)).unwrap();
    let o = coverready(dir.path(), &["--lang", "zh-CN", "org", "list"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("数据文件已损坏"), "{}", stderr(&o));
    assert!(stderr(&o).contains(&store.display().to_string()));
    assert_eq!(
        std::fs::read(&store).unwrap(),
        b"definitely not sqlite".repeat(100)
    );
    assert!(stderr(&o).contains("coverready store recover"));

    let recovered = coverready(dir.path(), &["--json", "store", "recover"]);
    assert!(recovered.status.success(), "{}", stderr(&recovered));
    let moved_to = json(&recovered)["moved_to"].as_str().unwrap().to_owned();
    assert_eq!(
        std::fs::read(&moved_to).unwrap(),
        b"definitely not sqlite".repeat(100)
    );
    assert!(coverready(dir.path(), &["org", "add", "--name", "fresh"])
        .status
        .success());
    // A healthy store is never moved aside.
    assert_eq!(
        coverready(dir.path(), &["store", "recover"]).status.code(),
        Some(1)
    );
}

#[test]
fn a_store_from_a_newer_version_exits_3_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("coverready.sqlite3");
    {
        let conn = rusqlite::Connection::open(&store).unwrap();
        conn.execute_batch("CREATE TABLE t (x); PRAGMA user_version = 42;")
            .unwrap();
    }
    let before = std::fs::read(&store).unwrap();
    let o = coverready(dir.path(), &["--lang", "en-US", "org", "list"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("newer version"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&store).unwrap(), before);
}

#[test]
fn the_data_dir_can_come_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_coverready"))
        .args(["org", "add", "--name", "env"])
        .env("COVERREADY_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(dir.path().join("coverready.sqlite3").exists());
}

#[test]
fn domain_check_refuses_junk_and_turns_a_silent_dns_server_into_unknown_findings() {
    let dir = tempfile::tempdir().unwrap();
    let o = coverready(dir.path(), &["--json", "domain-check", "not a domain"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o)["error"]["code"], "invalid_domain");
    // A UDP socket that never answers: every DNS-based check ends as unknown, nothing crashes.
    let silent = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    let dns = silent.local_addr().unwrap().to_string();
    let o = coverready(
        dir.path(),
        &[
            "--json",
            "domain-check",
            "例子.中国",
            "--dns",
            &dns,
            "--connect-to",
            "127.0.0.1",
            "--https-port",
            "9",
            "--http-port",
            "9",
            "--timeout",
            "1",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let report = json(&o);
    assert_eq!(report["domain"]["ascii"], "xn--fsqu00a.xn--fiqs8s");
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 8);
    assert!(findings
        .iter()
        .all(|f| f["verdict"] == "unknown" || f["verdict"] == "fail" || f["verdict"] == "warn"));
    assert_eq!(findings[0]["check"], "spf");
    assert_eq!(findings[0]["verdict"], "unknown");
}

#[test]
fn scan_of_this_computer_gives_a_verdict_for_every_probe_and_attaches_to_an_org() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert_eq!(
        coverready(d, &["--json", "scan", "--probe", "no-such-probe"])
            .status
            .code(),
        Some(1)
    );
    let id = json(&coverready(
        d,
        &["--json", "org", "add", "--name", "This PC"],
    ))["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let o = coverready(d, &["--json", "scan", "--org", &id]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = json(&o);
    let findings = doc["findings"].as_array().unwrap();
    assert!(findings.len() >= 25);
    for f in findings {
        let verdict = f["verdict"].as_str().unwrap();
        assert!(
            ["pass", "fail", "unknown", "not_applicable"].contains(&verdict),
            "{f}"
        );
        if verdict == "unknown" {
            assert!(f["reason"].is_string(), "unknown always says why: {f}");
            assert_ne!(
                f["reason"], "unsupported_os",
                "Linux probes run on Linux: {f}"
            );
        }
    }
    assert!(doc["reconciliation"]["items"].is_array());
    let human = coverready(d, &["--lang", "zh-CN", "scan", "--probe", "os-supported"]);
    assert!(String::from_utf8_lossy(&human.stdout).contains("检查结果"));
}

#[test]
fn profile_numbers_print_as_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let added = coverready(d, &["--json", "org", "add", "--name", "小店"]);
    let id = json(&added)["id"].as_i64().unwrap().to_string();
    for (given, value) in [
        ("1234567.5", 1_234_567.5),
        ("2.5", 2.5),
        ("10000000000", 1e10),
    ] {
        let setting = format!("daily_gross_profit={given}");
        let set = coverready(d, &["profile", "set", "--org", &id, &setting]);
        assert!(set.status.success(), "{}", stderr(&set));
        let shown = stdout(&coverready(d, &["--lang", "en-US", "org", "show", &id]));
        let expected = format!(": {}\n", coverready_report::format_money(value));
        assert!(shown.contains(&expected), "{expected:?} in {shown}");
    }
}
