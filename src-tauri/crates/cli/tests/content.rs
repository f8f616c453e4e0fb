//! `coverready content show|update` with the real binary: packs signed by a throw-away root the
//! debug build is told to trust (`COVERREADY_CONTENT_TEST_ROOT`), from a file and from the
//! reference intake server over TLS on loopback.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{json, stderr, stdout, LoopbackIntake};
use coverready_content_builder::testkit::{Draft, TestKey};

const EN_CHECKLIST: &str = "locales/en-US/checklist.ftl";
const MARKER: &str = "(fictional test wording from a content update)";

struct Fixture {
    dir: tempfile::TempDir,
    root: TestKey,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let root = TestKey::new();
        root.write_public(&dir.path().join("root.pub"));
        Fixture { dir, root }
    }

    fn data(&self) -> std::path::PathBuf {
        self.dir.path().join("data")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_coverready"))
            .arg("--data-dir")
            .arg(self.data())
            .args(args)
            .env_remove("COVERREADY_DATA_DIR")
            .env("LANG", "C")
            .env("COVERREADY_NOW", "2026-12-05T09:00:00Z")
            .env(
                "COVERREADY_CONTENT_TEST_ROOT",
                self.dir.path().join("root.pub"),
            )
            .output()
            .unwrap()
    }

    /// A pack at `version` whose English wording of the first question carries [`MARKER`].
    fn pack(&self, version: &str) -> Draft {
        let draft = Draft::from_repo(version);
        let text = draft.text(EN_CHECKLIST).replacen(
            "q-identity-mfa-email = ",
            &format!("q-identity-mfa-email = {MARKER} "),
            1,
        );
        draft.with_file(EN_CHECKLIST, text.into_bytes())
    }

    fn write(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    }

    fn version_in_use(&self) -> (String, String) {
        let status = json(&self.run(&["--json", "content", "show"]));
        (
            status["version"].as_str().unwrap().to_owned(),
            status["origin"].as_str().unwrap().to_owned(),
        )
    }
}

fn checklist_text(f: &Fixture) -> String {
    let o = f.run(&["--json", "org", "add", "--name", "Fictional Test Co"]);
    let id = json(&o)["id"].as_i64().unwrap().to_string();
    let o = f.run(&["checklist", "--org", &id]);
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn show_lists_the_built_in_content_with_review_dates() {
    let f = Fixture::new();
    let status = json(&f.run(&["--json", "content", "show"]));
    assert_eq!(status["origin"], "built_in");
    let datasets = status["datasets"].as_array().unwrap();
    let eol = datasets.iter().find(|d| d["id"] == "eol").unwrap();
    assert_eq!(eol["review_by"], "2027-03-01");
    assert!(eol["days_overdue"].is_null());
    let text = stdout(&f.run(&["content", "show"]));
    assert!(
        text.contains("end-of-life table: review by 2027-03-01"),
        "{text}"
    );
}

#[test]
fn a_pack_from_a_file_is_installed_and_its_texts_are_used() {
    let f = Fixture::new();
    assert!(!checklist_text(&f).contains(MARKER));
    let file = f.write(
        "update.coverready-content",
        &f.pack("1.1.0").signed(&f.root),
    );
    let o = f.run(&["content", "update", "--from", &file]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Installed content version 1.1.0"),
        "{}",
        stdout(&o)
    );
    assert_eq!(f.version_in_use(), ("1.1.0".into(), "installed".into()));
    assert!(checklist_text(&f).contains(MARKER));
}

#[test]
fn refused_packs_change_nothing_and_say_why_in_the_owners_language() {
    let f = Fixture::new();
    let good = f.write("good.coverready-content", &f.pack("1.1.0").signed(&f.root));
    assert!(f
        .run(&["content", "update", "--from", &good])
        .status
        .success());

    let mut tampered = f.pack("1.2.0").signed(&f.root);
    let at = tampered.len() - 4096;
    tampered[at] ^= 1;
    let stranger = TestKey::new();
    let mut expired = f.pack("1.3.0");
    expired.manifest.expires = Some("2026-12-01T00:00:00Z".into());
    let mut newer_app = f.pack("1.4.0");
    newer_app.manifest.min_app_version = "99.0.0".into();
    let broken = f.pack("1.5.0").with_file(
        "assets/risk/model.json",
        b"{\"fictional\": \"not a risk model\"}".to_vec(),
    );
    let signed = f.pack("1.6.0").signed(&f.root);
    let cases: [(&str, Vec<u8>, &str); 7] = [
        ("tampered", tampered, "签名后被改动"),
        (
            "stranger",
            f.pack("1.2.0").signed(&stranger),
            "不是由本应用信任的密钥签名",
        ),
        (
            "expired",
            expired.signed(&f.root),
            "已于 2026-12-01T00:00:00Z 过期",
        ),
        (
            "older",
            f.pack("1.0.5").signed(&f.root),
            "不比正在使用的内容（1.1.0）新",
        ),
        (
            "truncated",
            signed[..signed.len() / 2].to_vec(),
            "可能下载中断",
        ),
        (
            "newer-app",
            newer_app.signed(&f.root),
            "需要 CoverReady 99.0.0",
        ),
        (
            "invalid",
            broken.signed(&f.root),
            "未通过 CoverReady 的检查",
        ),
    ];
    let installed = std::fs::read(f.data().join("content/current.coverready-content")).unwrap();
    for (name, bytes, words) in cases {
        let file = f.write(&format!("{name}.coverready-content"), &bytes);
        let o = f.run(&["--lang", "zh-CN", "content", "update", "--from", &file]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stdout(&o));
        assert!(stderr(&o).contains(words), "{name}: {}", stderr(&o));
        assert!(
            !stderr(&o).contains("signature"),
            "{name}: English in {}",
            stderr(&o)
        );
        assert_eq!(
            f.version_in_use(),
            ("1.1.0".into(), "installed".into()),
            "{name}"
        );
        assert_eq!(
            std::fs::read(f.data().join("content/current.coverready-content")).unwrap(),
            installed,
            "{name}"
        );
    }
}

#[test]
fn a_broken_installed_pack_falls_back_and_says_so() {
    let f = Fixture::new();
    for version in ["1.1.0", "1.2.0"] {
        let file = f.write("p.coverready-content", &f.pack(version).signed(&f.root));
        assert!(f
            .run(&["content", "update", "--from", &file])
            .status
            .success());
    }
    let current = f.data().join("content/current.coverready-content");
    let bytes = std::fs::read(&current).unwrap();
    std::fs::write(&current, &bytes[..bytes.len() - 1024]).unwrap();
    assert_eq!(f.version_in_use(), ("1.1.0".into(), "previous".into()));
    let text = stdout(&f.run(&["content", "show"]));
    assert!(
        text.contains("The last installed update could not be used"),
        "{text}"
    );
}

#[test]
fn the_platform_serves_the_latest_pack_over_tls() {
    let f = Fixture::new();
    let served = f.dir.path().join("served.coverready-content");
    std::fs::write(&served, f.pack("1.2.0").signed(&f.root)).unwrap();
    let intake = LoopbackIntake::start_with(|config| config.content_pack = Some(served.clone()));
    let url = intake.url().to_owned();
    let o = f.run(&[
        "content",
        "update",
        "--from",
        &url,
        "--ca-cert",
        intake.ca_arg(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(f.version_in_use(), ("1.2.0".into(), "installed".into()));

    // Asked again (the address is remembered): nothing newer is not a failure.
    let o = f.run(&["--json", "content", "update", "--ca-cert", intake.ca_arg()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let update = json(&o);
    assert_eq!(update["installed"], false);
    assert_eq!(update["status"]["source_url"], url.as_str());
    assert!(update["status"]["last_check"].is_string());
    intake.stop();
}

#[test]
fn without_a_platform_address_update_says_what_to_do() {
    let f = Fixture::new();
    let o = f.run(&["content", "update"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("No platform address is set"),
        "{}",
        stderr(&o)
    );
    assert!(!Path::new(&f.data().join("content")).exists());
}

#[test]
fn a_new_assessment_after_an_update_says_what_was_carried_and_what_retired() {
    let f = Fixture::new();
    let o = f.run(&["--json", "org", "add", "--name", "Fictional Test Co"]);
    let id = json(&o)["id"].as_i64().unwrap().to_string();
    let o = f.run(&[
        "answer",
        "--org",
        &id,
        "governance.security-owner=yes",
        "identity.mfa-email=no",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let draft = f.pack("1.1.0");
    let path = "assets/checklists/sme/questions.json";
    let mut doc: serde_json::Value = serde_json::from_str(&draft.text(path)).unwrap();
    doc["questions"]
        .as_array_mut()
        .unwrap()
        .retain(|q| q["id"] != "governance.security-owner");
    let draft = draft.with_file(path, serde_json::to_vec_pretty(&doc).unwrap());
    let file = f.write("retiring.coverready-content", &draft.signed(&f.root));
    assert!(f
        .run(&["content", "update", "--from", &file])
        .status
        .success());

    let answers = f.write("answers.txt", b"identity.mfa-email = yes\n");
    let o = f.run(&["assess", "--org", &id, "--new", "--answers", &answers]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("(content version 1.0.0): one answer carried over"),
        "{text}"
    );
    assert!(text.contains("No longer asked"), "{text}");
    assert!(text.contains("(governance.security-owner)"), "{text}");
}
