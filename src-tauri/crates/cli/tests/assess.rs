//! The checklist commands end to end on real store files: the issue's "done means" path
//! (`org add`, `profile set`, `assess --answers`, `readiness --json`) and its bad inputs.

mod common;

use common::{coverready, json, org_with_profile};

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn clinic(d: &Path) -> String {
    org_with_profile(
        d,
        "Harmony Clinic",
        "healthcare",
        "100",
        &[
            "personal_records=10k-100k",
            "sensitive_data=true",
            "bank_transfers=true",
            "cloud_services=true",
            "remote_work=true",
            "website=online-shop",
        ],
    )
}

#[test]
fn assess_from_a_file_then_readiness_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = clinic(d);
    let answers = d.join("answers.txt");
    std::fs::write(
        &answers,
        "# first pass\nidentity.mfa-email = yes\nidentity.mfa-remote = no\nidentity.mfa-admin = not-sure ; ask the IT firm\nbackup.offline-copy = partly\n",
    )
    .unwrap();
    let o = coverready(
        d,
        &[
            "--json",
            "assess",
            "--org",
            &id,
            "--answers",
            answers.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r = json(&o);
    assert_eq!(r["readiness"]["gate"]["status"], "not_ready");
    let blockers: Vec<_> = r["readiness"]["gate"]["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert!(blockers.contains(&"identity.mfa-remote".to_owned()));
    assert!(
        blockers.contains(&"backup.offline-copy".to_owned()),
        "partly on a must-have blocks"
    );
    let confirm = r["readiness"]["gate"]["to_confirm"].as_array().unwrap();
    assert!(
        confirm.iter().any(|v| v == "identity.mfa-admin"),
        "not sure is kept apart from no"
    );
    assert_eq!(r["readiness"]["not_sure"], 1);
    assert!(r["readiness"]["domains"].as_array().unwrap().len() >= 10);
    let plan = r["readiness"]["action_plan"].as_array().unwrap();
    assert_eq!(plan[0]["weight"], "must_have", "must-haves first");

    // readiness on its own gives the same numbers.
    let again = json(&coverready(d, &["--json", "readiness", "--org", &id]));
    assert_eq!(again["readiness"], r["readiness"]);

    // Turning a "no" into "yes" never lowers the points earned. (This file answers too few
    // questions for a readiness score: it is withheld, not shown as a low number.)
    assert!(again["readiness"]["overall_percent"].is_null());
    let earned = |r: &serde_json::Value| -> f64 {
        r["domains"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["score"].as_f64().unwrap())
            .sum()
    };
    let before = earned(&again["readiness"]);
    let o = coverready(
        d,
        &["--json", "answer", "--org", &id, "identity.mfa-remote=yes"],
    );
    assert!(o.status.success());
    let after = earned(&json(&coverready(d, &["--json", "readiness", "--org", &id]))["readiness"]);
    assert!(after > before, "{before} -> {after}");

    // The text form ends with what an incident could cost and the cover to ask about.
    let o = coverready(d, &["--lang", "en-US", "readiness", "--org", &id]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("What one incident could cost")
            && text.contains("Ransomware locks your computers"),
        "{text}"
    );
    assert!(
        text.contains("Cover to ask about") && text.contains("Incident response costs (essential)")
    );
}

#[test]
fn bad_answers_are_refused_naming_the_line_or_id_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let o = coverready(
        d,
        &[
            "--json",
            "org",
            "add",
            "--name",
            "Tiny shop",
            "--headcount",
            "3",
        ],
    );
    let id = json(&o)["id"].as_i64().unwrap().to_string();
    let profile = coverready(
        d,
        &[
            "profile",
            "set",
            "--org",
            &id,
            "industry=retail",
            "revenue_band=under-1m",
            "region=other-mainland",
            "personal_records=under-1k",
            "sensitive_data=false",
            "bank_transfers=true",
            "largest_transfer=under-10k",
            "website=none",
            "card_payments=false",
            "cloud_services=true",
            "outsourced_it=false",
            "own_servers=false",
            "remote_work=false",
            "key_sector_supplier=false",
            "downtime_tolerance=1-3d",
            "daily_gross_profit=3000",
            "incidents_3y=none",
            "mlps_status=not-required",
        ],
    );
    assert!(profile.status.success());

    let file = d.join("bad.txt");
    std::fs::write(&file, "identity.mfa-email = yes\nidentity.mfa-email yes\n").unwrap();
    let o = coverready(
        d,
        &[
            "--lang",
            "en-US",
            "assess",
            "--org",
            &id,
            "--answers",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("Line 2"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    let o = coverready(
        d,
        &[
            "--json",
            "answer",
            "--org",
            &id,
            "identity.mfa-email=yes",
            "no.such=yes",
        ],
    );
    assert_eq!(json(&o)["error"]["code"], "unknown_question");
    assert_eq!(json(&o)["error"]["details"]["question"], "no.such");

    let o = coverready(
        d,
        &[
            "--json",
            "answer",
            "--org",
            &id,
            "identity.mfa-email=sometimes",
        ],
    );
    assert_eq!(json(&o)["error"]["code"], "invalid_answer");

    // A question about websites does not apply to a shop without one.
    let o = coverready(
        d,
        &[
            "--json",
            "answer",
            "--org",
            &id,
            "network.website-security=yes",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o)["error"]["code"], "question_not_applicable");

    let r = json(&coverready(d, &["--json", "readiness", "--org", &id]));
    assert_eq!(r["readiness"]["answered"], 0, "nothing was partly saved");
    let list = json(&coverready(d, &["--json", "checklist", "--org", &id]));
    assert!(
        list.as_array().unwrap().len() <= 32,
        "a micro shop sees at most 32 questions (four two-fact questions were split)"
    );
}

#[test]
fn interactive_assess_saves_each_answer_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = clinic(d);
    let run = |input: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_coverready"))
            .args([
                "--data-dir",
                d.to_str().unwrap(),
                "--lang",
                "zh-CN",
                "assess",
                "--org",
                &id,
                "--quick",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    // Help, an invalid key, two answers, then quit.
    let first = run("?\nbanana\n1\n4\nq\n");
    assert!(first.status.success());
    let prompts = String::from_utf8_lossy(&first.stderr);
    assert!(
        prompts.contains("[1/15]") && prompts.contains("[2/15]"),
        "{prompts}"
    );
    assert!(prompts.contains("请输入答案前面的数字"));
    let answered = json(&coverready(d, &["--json", "readiness", "--org", &id]))["readiness"]
        ["answered"]
        .clone();
    assert_eq!(answered, 1, "yes is definite, not sure is not");
    // The next run resumes at question 3; closing stdin pauses safely.
    let second = run("3\n");
    let prompts = String::from_utf8_lossy(&second.stderr);
    assert!(
        prompts.contains("[3/15]") && !prompts.contains("[1/15]"),
        "{prompts}"
    );
    let r = json(&coverready(d, &["--json", "readiness", "--org", &id]));
    assert_eq!(r["readiness"]["mode"], "quick");
    assert_eq!(r["readiness"]["applicable"], 15);
    assert_eq!(r["readiness"]["answered"], 2);
    assert_eq!(r["readiness"]["not_sure"], 1);
}

#[test]
fn a_new_assessment_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = clinic(d);
    assert!(
        coverready(d, &["answer", "--org", &id, "identity.mfa-email=no"])
            .status
            .success()
    );
    let file = d.join("a.json");
    std::fs::write(&file, r#"{"identity.mfa-email": "yes"}"#).unwrap();
    let o = coverready(
        d,
        &[
            "--json",
            "assess",
            "--org",
            &id,
            "--new",
            "--answers",
            file.to_str().unwrap(),
        ],
    );
    assert!(o.status.success());
    let r = json(&o);
    assert_eq!(r["assessment_id"], 2);
    // The store keeps both: the first still says "no".
    let conn = rusqlite::Connection::open(d.join("coverready.sqlite3")).unwrap();
    let first: String = conn
        .query_row("SELECT value FROM answer WHERE assessment_id = 1 AND question_id = 'identity.mfa-email'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(first, "no");
}

/// `--answers /dev/zero` (a stream without end) is refused as too large after the limit, not
/// read until memory runs out.
#[cfg(unix)]
#[test]
fn an_endless_answers_file_is_refused_at_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = clinic(d);
    let mut child = Command::new(env!("CARGO_BIN_EXE_coverready"))
        .arg("--data-dir")
        .arg(d)
        .args([
            "--lang",
            "en-US",
            "assess",
            "--org",
            &id,
            "--answers",
            "/dev/zero",
        ])
        .env_remove("COVERREADY_DATA_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(30) {
            let _ = child.kill();
            panic!("still reading /dev/zero after 30 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(1));
}
