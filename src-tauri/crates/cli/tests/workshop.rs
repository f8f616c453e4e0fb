//! The workshop's way home, end to end with real tools: `takeaway` writes one A4 page (pdfinfo),
//! its text reads back (pdftotext) in both languages, its QR code decodes (zbarimg, Debian's
//! zbar-tools, on the page rasterised by pdftoppm) to a code that `import-code` turns into the
//! same answers and the same readiness on another computer (another data folder).

mod common;

use common::{coverready, json, org_with_profile, stderr, stdout};

use std::path::Path;
use std::process::Command;

/// A fictional shop at a workshop: quick check, a few answers.
fn workshop_session(d: &Path) -> String {
    let id = org_with_profile(
        d,
        "讲座演示店（虚构）",
        "retail",
        "6",
        &[
            "bank_transfers=true",
            "incidents_3y=none",
            "daily_gross_profit=8000",
        ],
    );
    let answers = d.join("answers.txt");
    std::fs::write(
        &answers,
        "identity.mfa-email = no\nbackup.offline-copy = partly\nemail.payment-callback = yes\n",
    )
    .unwrap();
    let o = coverready(
        d,
        &[
            "assess",
            "--org",
            &id,
            "--quick",
            "--answers",
            answers.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    id
}

fn tool(cmd: &str, args: &[&str]) -> String {
    let o = Command::new(cmd).args(args).output().unwrap_or_else(|e| {
        panic!("{cmd} is needed for this test (bash .ci/setup installs it): {e}")
    });
    assert!(
        o.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn the_takeaway_is_one_page_whose_qr_code_carries_the_assessment_home() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = workshop_session(d);
    let before = json(&coverready(d, &["--json", "readiness", "--org", &id]));

    for (lang, words) in [
        (
            "zh-CN",
            ["带回家的结果", "先做这五件事", "在自己的电脑上继续"],
        ),
        (
            "en-US",
            [
                "your results to take home",
                "First five things to do",
                "Carry on on your own computer",
            ],
        ),
    ] {
        let pdf = d.join(format!("takeaway-{lang}.pdf"));
        let o = coverready(
            d,
            &[
                "--json",
                "--lang",
                lang,
                "takeaway",
                "--org",
                &id,
                "--out",
                pdf.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let written = json(&o);
        assert_eq!(written["pages"], 1);
        let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(
            info.lines()
                .any(|l| l.starts_with("Pages:") && l.ends_with(" 1")),
            "{info}"
        );
        assert!(
            info.contains("A4") || info.contains("595.28 x 841.89"),
            "{info}"
        );
        let text = tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
        for w in words {
            assert!(text.contains(w), "{lang}: {w} missing:\n{text}");
        }
        // No names: the organisation's name is on no page.
        assert!(!text.contains("讲座演示店"), "{text}");
        let code = written["answer_code"].as_str().unwrap();
        // The code may wrap beside the QR code; compare without white space.
        let flat: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(
            flat.contains(code),
            "the code is printed beside the QR code:\n{text}"
        );

        // The QR code, read from the page as a camera would see it.
        let png = d.join(format!("page-{lang}"));
        tool(
            "pdftoppm",
            &[
                "-r",
                "150",
                "-png",
                "-singlefile",
                pdf.to_str().unwrap(),
                png.to_str().unwrap(),
            ],
        );
        let scanned = tool(
            "zbarimg",
            &["-q", "--raw", &format!("{}.png", png.display())],
        );
        assert_eq!(scanned.trim(), code);

        // At home: another computer, the scanned code.
        let home = tempfile::tempdir().unwrap();
        let o = coverready(
            home.path(),
            &["--json", "--lang", lang, "import-code", scanned.trim()],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let org = json(&o);
        let home_id = org["id"].as_i64().unwrap().to_string();
        let expected_name = if lang == "zh-CN" {
            "讲座自查"
        } else {
            "Workshop check"
        };
        assert!(
            org["name"].as_str().unwrap().starts_with(expected_name),
            "{org}"
        );
        let after = json(&coverready(
            home.path(),
            &["--json", "readiness", "--org", &home_id],
        ));
        assert_eq!(
            after["readiness"], before["readiness"],
            "same answers, same readiness"
        );
        assert_eq!(after["risk"], before["risk"]);
        let profile = &json(&coverready(
            home.path(),
            &["--json", "org", "show", &home_id],
        ))["profile"];
        assert_eq!(profile["daily_gross_profit"], 8000.0);
    }
}

#[test]
fn a_bad_answer_code_is_refused_with_a_clear_message_and_nothing_saved() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let id = workshop_session(d);
    let code = json(&coverready(
        d,
        &[
            "--json",
            "takeaway",
            "--org",
            &id,
            "--out",
            d.join("t.pdf").to_str().unwrap(),
        ],
    ))["answer_code"]
        .as_str()
        .unwrap()
        .to_owned();
    // One character changed (the last digit, whose low bits are padding), and the code cut short.
    let last = code.chars().last().unwrap();
    let changed = format!(
        "{}{}",
        &code[..code.len() - 1],
        if last == '1' { '0' } else { '1' }
    );
    let cut = &code[..code.len() / 2];
    let home = tempfile::tempdir().unwrap();
    for (bad, zh, en) in [
        (changed.as_str(), "对不上", "does not check out"),
        (cut, "不完整", "incomplete"),
        ("CR-!!!", "不会用到的字符", "never uses"),
    ] {
        for (lang, words) in [("zh-CN", zh), ("en-US", en)] {
            let o = coverready(home.path(), &["--lang", lang, "import-code", bad]);
            assert_eq!(o.status.code(), Some(1), "{bad}: {}", stdout(&o));
            assert!(stderr(&o).contains(words), "{lang} {bad}: {}", stderr(&o));
        }
    }
    let orgs = json(&coverready(home.path(), &["--json", "org", "list"]));
    assert_eq!(
        orgs.as_array().map(Vec::len),
        Some(0),
        "nothing was saved: {orgs}"
    );
    // An existing file is not replaced without --force; with it, it is.
    let o = coverready(
        d,
        &[
            "takeaway",
            "--org",
            &id,
            "--out",
            d.join("t.pdf").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o = coverready(
        d,
        &[
            "takeaway",
            "--org",
            &id,
            "--force",
            "--out",
            d.join("t.pdf").to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
}
