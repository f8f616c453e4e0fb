//! Report and application end to end: the real CLI writes a real PDF (read back with poppler)
//! and sends it over real TLS to the reference intake server on loopback.

mod common;

use common::{coverready, json, LoopbackIntake};

use std::path::Path;
use std::process::Command;

fn org_with_answers(d: &Path) -> String {
    let o = coverready(
        d,
        &[
            "--json",
            "org",
            "add",
            "--name",
            "北京示例科技有限公司",
            "--industry",
            "professional",
            "--headcount",
            "30",
        ],
    );
    let id = json(&o)["id"].as_i64().unwrap().to_string();
    let o = coverready(
        d,
        &[
            "answer",
            "--org",
            &id,
            "--note",
            "只有老板的邮箱开了",
            "identity.mfa-email=partly",
            "backup.offline-copy=no",
            "identity.mfa-remote=yes",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    id
}

/// With the owner's own daily gross profit, a loss per incident also reads in days of it, in
/// the CLI's readiness and in the PDF, in both languages.
#[test]
fn a_loss_reads_in_days_of_the_owners_gross_profit() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = org_with_answers(d);
    let o = coverready(
        d,
        &["profile", "set", "--org", &id, "daily_gross_profit=10000"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r = json(&coverready(d, &["--json", "readiness", "--org", &id]));
    let ransomware = &r["risk"]["scenarios"][0];
    assert_eq!(ransomware["id"], "ransomware");
    let days = ransomware["single_loss_days"]["likely"].as_f64().unwrap();
    let yuan = ransomware["single_loss"]["likely"].as_f64().unwrap();
    assert!(
        (days - yuan / 10_000.0).abs() < 1e-9,
        "{days} days for ¥{yuan}"
    );
    for (lang, words) in [
        ("zh-CN", "天的毛利"),
        ("en-US", "days of your gross profit"),
    ] {
        let o = coverready(d, &["--lang", lang, "readiness", "--org", &id]);
        let cli = String::from_utf8_lossy(&o.stdout);
        assert!(cli.contains(words), "{lang} readiness:\n{cli}");
        let out = d.join(format!("r-{lang}.pdf"));
        let o = coverready(
            d,
            &[
                "--lang",
                lang,
                "report",
                "--org",
                &id,
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let text = Command::new("pdftotext")
            .arg(&out)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout).replace('\n', " ");
        assert!(text.contains(words), "{lang} PDF:\n{text}");
    }
}

#[test]
fn report_writes_a_pdf_and_its_json_twin() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = org_with_answers(d);
    let out = d.join("out").join("readiness.pdf");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let o = coverready(
        d,
        &[
            "--json",
            "--lang",
            "zh-CN",
            "report",
            "--org",
            &id,
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let files = json(&o);
    assert!(out.exists() && out.with_extension("json").exists());
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("北京示例科技有限公司"), "{text}");
    // The fingerprint may wrap across lines; compare without white space.
    let flat: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        flat.contains(files["json_sha256"].as_str().unwrap()),
        "the PDF prints the JSON fingerprint"
    );
    let twin: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.with_extension("json")).unwrap()).unwrap();
    assert_eq!(twin["organisation"]["name"], "北京示例科技有限公司");
    // Loss scenarios and the coverage map: 30 people → response 5 / 12 / 35 万元 (¥120,000)
    // for ransomware (no gross profit given, so no outage days are priced).
    for words in [
        "损失情景",
        "勒索病毒锁住电脑",
        "12 万元",
        "建议考虑的保障",
        "应急处置费用",
    ] {
        assert!(
            text.contains(words),
            "{words} missing from the PDF:\n{text}"
        );
    }
    let ransomware = &twin["loss_scenarios"][0];
    assert_eq!(ransomware["likely"], 120_000.0);
    // No gross profit in the profile: no loss is put in days of it.
    assert!(!text.contains("天的毛利"), "{text}");
    assert!(twin["coverages"].as_array().unwrap().len() >= 3);

    // An unwritable destination is a clear error, not a panic, and leaves nothing behind.
    let blocker = d.join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();
    let bad = blocker.join("r.pdf");
    let o = coverready(
        d,
        &[
            "--json",
            "report",
            "--org",
            &id,
            "--out",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o)["error"]["code"], "report_unwritable");
}

#[test]
fn submit_sends_only_with_consent_and_exactly_once() {
    let intake = LoopbackIntake::start();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = org_with_answers(d);
    let received = || intake.store().count().unwrap();

    // Without --consent: the preview is shown and nothing reaches the server.
    let o = coverready(
        d,
        &[
            "--json",
            "--lang",
            "en-US",
            "submit",
            "--org",
            &id,
            "--to",
            intake.url(),
            "--share",
            "name,industry",
            "--ca-cert",
            intake.ca_arg(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o)["error"]["details"]["reason"], "consent_missing");
    assert!(String::from_utf8_lossy(&o.stderr).contains(intake.url()));
    assert_eq!(received(), 0);

    // Plain HTTP to a non-loopback host is refused before any connection.
    let o = coverready(
        d,
        &[
            "--json",
            "submit",
            "--org",
            &id,
            "--to",
            "http://192.0.2.1/",
            "--consent",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        json(&o)["error"]["details"]["reason"],
        "insecure_destination"
    );

    // With consent: sent, acknowledged with a verified receipt.
    let o = coverready(
        d,
        &[
            "--json",
            "submit",
            "--org",
            &id,
            "--to",
            intake.url(),
            "--share",
            "name,industry",
            "--consent",
            "--ca-cert",
            intake.ca_arg(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rows = json(&o);
    assert_eq!(rows[0]["state"], "accepted", "{rows}");
    assert!(rows[0]["receipt"].is_object());
    assert_eq!(received(), 1);

    // Flushing again sends nothing twice.
    let o = coverready(
        d,
        &[
            "--json",
            "submissions",
            "--flush",
            "--ca-cert",
            intake.ca_arg(),
        ],
    );
    assert!(o.status.success());
    assert_eq!(received(), 1);

    // Withdrawal: a signed deletion request the server acknowledges.
    let sub = rows[0]["id"].as_i64().unwrap().to_string();
    let o = coverready(
        d,
        &[
            "--json",
            "submissions",
            "--withdraw",
            &sub,
            "--ca-cert",
            intake.ca_arg(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(json(&o)[0]["state"], "withdrawn");
    intake.stop();
}

/// Withdrawing (or listing) before anything was ever queued creates no installation key and no
/// outbox, and says there is nothing to withdraw.
#[test]
fn withdrawing_with_nothing_queued_creates_no_key_and_no_outbox() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = coverready(d, &["--lang", "en-US", "submissions", "--withdraw", "999"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("999"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = coverready(d, &["--lang", "en-US", "submissions", "--refresh", "999"]);
    assert_eq!(o.status.code(), Some(1));
    let o = coverready(d, &["--json", "submissions"]);
    assert!(o.status.success());
    assert_eq!(json(&o), serde_json::json!([]));
    assert!(!d.join(coverready_submission::KEY_FILE).exists());
    assert!(!d.join(coverready_submission::OUTBOX_FILE).exists());
}

/// A minimal organisation (no answers): enough for a report.
fn plain_org(d: &Path) -> String {
    let o = coverready(d, &["--json", "org", "add", "--name", "示例诊所"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    json(&o)["id"].as_i64().unwrap().to_string()
}

/// `report --org ID --out PATH [--force]` in `lang`.
fn report_to(d: &Path, id: &str, lang: &str, out: &Path, force: bool) -> std::process::Output {
    let mut args = vec!["--lang", lang, "report", "--org", id, "--out"];
    args.push(out.to_str().unwrap());
    if force {
        args.push("--force");
    }
    coverready(d, &args)
}

/// Every name in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// #12 item 7: an existing file is replaced only with --force, and only a regular file the
/// owner may write; the refusal names the path, says how to replace, and touches nothing.
#[test]
fn report_out_never_clobbers_an_existing_file_without_force() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = plain_org(d);
    let out = tempfile::tempdir().unwrap();

    // A read-only file: refused without --force, and with it (the owner may not write it).
    let locked = out.path().join("locked.pdf");
    std::fs::write(&locked, b"keep me").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
    let o = report_to(d, &id, "en-US", &locked, false);
    assert_eq!(o.status.code(), Some(1), "{}", common::stderr(&o));
    let err = common::stderr(&o);
    assert!(err.contains(locked.to_str().unwrap()), "{err}");
    assert!(
        err.trim_end()
            .ends_with("To replace the existing file, run the command again with --force."),
        "{err}"
    );
    let o = report_to(d, &id, "zh-CN", &locked, false);
    let err = common::stderr(&o);
    assert!(
        err.contains("同名的文件已经存在")
            && err.contains("原有的内容没有被改动")
            && err.trim_end().ends_with("加上 --force 重新运行该命令。"),
        "{err}"
    );
    assert!(!err.is_ascii() && !err.contains("exists"), "{err}");
    let o = report_to(d, &id, "zh-CN", &locked, true);
    assert!(!o.status.success());
    let err = common::stderr(&o);
    assert!(
        err.contains("只能读取") && !err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read(&locked).unwrap(), b"keep me");
    assert_eq!(names(out.path()), ["locked.pdf"], "nothing else written");

    // A writable file and its twin: refused without --force, replaced with it.
    let old = out.path().join("old.pdf");
    std::fs::write(&old, b"old pdf").unwrap();
    std::fs::write(out.path().join("old.json"), b"old twin").unwrap();
    let o = report_to(d, &id, "en-US", &old, false);
    assert!(!o.status.success());
    assert_eq!(std::fs::read(&old).unwrap(), b"old pdf");
    let o = report_to(d, &id, "en-US", &old, true);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert!(std::fs::read(&old).unwrap().starts_with(b"%PDF"));
    let twin: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("old.json")).unwrap()).unwrap();
    assert_eq!(twin["organisation"]["name"], "示例诊所");

    // Only the twin is in the way: refused, naming the twin, and no PDF written.
    let lone = out.path().join("lone.json");
    std::fs::write(&lone, b"someone's data").unwrap();
    let o = report_to(d, &id, "en-US", &out.path().join("lone.pdf"), false);
    assert!(!o.status.success());
    assert!(common::stderr(&o).contains(lone.to_str().unwrap()));
    assert_eq!(std::fs::read(&lone).unwrap(), b"someone's data");
    assert!(!out.path().join("lone.pdf").exists());
    assert_eq!(
        names(out.path()),
        ["locked.pdf", "lone.json", "old.json", "old.pdf"]
    );
}

/// #12 item 7: a report named like its own twin, a folder, a pipe or a link is never a target,
/// with or without --force, and nothing (no orphan twin, no temporary file) is left behind.
#[test]
fn report_out_refuses_twin_collisions_folders_pipes_and_links() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = plain_org(d);
    let out = tempfile::tempdir().unwrap();
    let p = out.path();

    // x.json would be its own twin (the old rule) or read as another report's twin.
    for force in [false, true] {
        let o = report_to(d, &id, "zh-CN", &p.join("x.json"), force);
        assert!(!o.status.success());
        let err = common::stderr(&o);
        assert!(
            err.contains("x.json") && err.contains("以 .pdf 结尾"),
            "{err}"
        );
    }
    assert!(names(p).is_empty(), "{:?}", names(p));

    // An existing folder (with and without .pdf): no orphan twin beside it.
    std::fs::create_dir(p.join("folder.pdf")).unwrap();
    std::fs::create_dir(p.join("plain")).unwrap();
    for (name, force) in [("folder.pdf", false), ("folder.pdf", true), ("plain", true)] {
        let o = report_to(d, &id, "en-US", &p.join(name), force);
        assert!(!o.status.success());
        let err = common::stderr(&o);
        assert!(err.contains(p.join(name).to_str().unwrap()), "{err}");
        assert!(err.contains("is a folder, not a file"), "{err}");
    }
    assert_eq!(names(p), ["folder.pdf", "plain"]);

    // A FIFO (what /dev/null-like targets are refused as): never opened, never replaced.
    let fifo = p.join("pipe.pdf");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    for force in [false, true] {
        let o = report_to(d, &id, "en-US", &fifo, force);
        assert!(!o.status.success());
        let err = common::stderr(&o);
        assert!(err.contains("pipe.pdf"), "{err}");
        assert!(
            !err.contains("--force"),
            "not a file --force could replace: {err}"
        );
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());

    // A link: neither it nor its target is touched.
    let target = p.join("target.txt");
    std::fs::write(&target, b"target").unwrap();
    let link = p.join("link.pdf");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let o = report_to(d, &id, "en-US", &link, true);
    assert!(!o.status.success());
    assert!(common::stderr(&o).contains("link.pdf"));
    assert_eq!(std::fs::read(&target).unwrap(), b"target");
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(
        names(p),
        ["folder.pdf", "link.pdf", "pipe.pdf", "plain", "target.txt"]
    );
}
