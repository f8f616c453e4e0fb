//! End-to-end checks of the report with real PDF tools (poppler-utils): text round trip,
//! fonts, page count and title, wrapping, the JSON twin and its schema, determinism, empty
//! input and unwritable paths. Page images land in test-output/report/ for a human look.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use coverready_report::{render, sha256_hex, write_report, RenderedReport, Replace, ReportWarning};

fn output_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../test-output/report");
    std::fs::create_dir_all(&dir).unwrap();
    dir.canonicalize().unwrap()
}

fn save(name: &str, report: &RenderedReport) -> PathBuf {
    let path = output_dir().join(name);
    std::fs::write(&path, &report.pdf).unwrap();
    path
}

fn tool(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed (poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Lossy: poppler writes astral characters in titles as lone surrogates.
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn text_of(pdf: &Path) -> String {
    tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"])
}

/// Text with all whitespace removed, so wrapped lines join up again.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn chinese_report_round_trips_through_pdftotext() {
    let report = render(&common::full_input("zh-CN")).unwrap();
    let path = save("full-zh-CN.pdf", &report);
    let text = squash(&text_of(&path));
    for expected in [
        "网络安全投保就绪报告",
        "给您：得分和先做的事",
        "各领域得分",
        "必备项",
        "逐题结果",
        "行动计划",
        "损失情景",
        "附录一：检测证据",
        "附录二：框架对照",
        "术语表",
        "声明",
        "本周",
        "登录与二次验证",
        "已由检测核实",
        "Yoshinoya",
        "CR-20250301-0007",
    ] {
        assert!(text.contains(expected), "missing {expected}");
    }
    // 𠮷 is outside the font subset: a visible □ and a warning, never a silent gap.
    assert!(text.contains("□野家餐饮管理"), "replacement missing");
    assert!(
        report
            .warnings
            .contains(&ReportWarning::missing_glyph('𠮷')),
        "{:?}",
        report.warnings
    );
    assert!(
        report
            .warnings
            .contains(&ReportWarning::missing_glyph('\u{9F98}')),
        "{:?}",
        report.warnings
    );
    // The 200-character note is all there, however it wrapped.
    assert!(text.contains(&squash(&common::long_note())));
    // When the answers were given is said once, not on every row.
    assert_eq!(text.matches("回答时间").count(), 1);
}

#[test]
fn english_report_round_trips_through_pdftotext() {
    let report = render(&common::full_input("en-US")).unwrap();
    let path = save("full-en-US.pdf", &report);
    let text = text_of(&path);
    let squashed = squash(&text);
    for expected in [
        "Cyber insurance readiness report",
        "For you: the numbers and what to do first",
        "Scores by domain",
        "Must-have controls",
        "Technical details",
        "Action plan",
        "Appendix A: scan evidence",
        "Appendix B: framework mappings",
        "Glossary",
        "Disclaimer",
        "This week",
        "Confirmed by scan",
    ] {
        assert!(squashed.contains(&squash(expected)), "missing {expected}");
    }
    assert!(text.contains("Page 1 of"), "footer missing");
}

#[test]
fn no_text_leaves_the_page_and_long_notes_wrap() {
    let report = render(&common::full_input("zh-CN")).unwrap();
    let path = save("bbox-zh-CN.pdf", &report);
    let html = tool("pdftotext", &["-bbox", path.to_str().unwrap(), "-"]);
    let mut words = 0;
    for line in html.lines().filter(|l| l.trim_start().starts_with("<word")) {
        let attr = |name: &str| -> f32 {
            let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            let end = start + line[start..].find('"').unwrap();
            line[start..end].parse().unwrap()
        };
        words += 1;
        // A4 is 595.28 pt wide; the margins are 56 pt; closing punctuation may hang a little.
        assert!(attr("xMin") >= 50.0, "{line}");
        assert!(
            attr("xMax") <= 595.28 - 45.0,
            "text runs off the page: {line}"
        );
        assert!(
            attr("yMin") >= 20.0 && attr("yMax") <= 841.89 - 20.0,
            "{line}"
        );
    }
    assert!(words > 1000, "only {words} words");
    // The note is wider than a line, so it must come out on several lines.
    let text = text_of(&path);
    let note = common::long_note();
    let head: String = note.chars().take(10).collect();
    let line = text
        .lines()
        .find(|l| l.contains(&head))
        .expect("note start");
    assert!(line.chars().count() < 120, "note did not wrap: {line}");
}

#[test]
fn fonts_are_embedded_subsets() {
    let report = render(&common::full_input("zh-CN")).unwrap();
    let path = save("fonts-zh-CN.pdf", &report);
    let fonts = tool("pdffonts", &[path.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type... emb sub uni object ID
        let n = cols.len();
        assert_eq!(cols[n - 5], "yes", "not embedded: {row}");
        assert_eq!(cols[n - 4], "yes", "not a subset: {row}");
        assert!(cols[0].contains('+'), "subset tag missing: {row}");
    }
    assert!(report.pdf.len() < 500_000, "{} bytes", report.pdf.len());
}

#[test]
fn pdfinfo_sees_pages_title_and_metadata() {
    let report = render(&common::full_input("zh-CN")).unwrap();
    let path = save("info-zh-CN.pdf", &report);
    let info = tool("pdfinfo", &[path.to_str().unwrap()]);
    let field = |name: &str| {
        info.lines()
            .find(|l| l.starts_with(&format!("{name}:")))
            .map(|l| l[name.len() + 1..].trim().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(field("Pages"), report.pages.to_string());
    assert!(report.pages >= 8, "{} pages", report.pages);
    assert!(field("Title").contains("网络安全投保就绪报告"), "{info}");
    assert!(field("CreationDate").contains("2025"), "{info}");
    // Language and outline live in the catalog, which is not compressed.
    let raw = String::from_utf8_lossy(&report.pdf);
    assert!(
        raw.contains("/Lang(zh-CN)") || raw.contains("/Lang (zh-CN)"),
        "no /Lang"
    );
    assert!(raw.contains("/Outlines"), "no outline");
}

#[test]
fn json_twin_validates_and_fingerprints_match() {
    let input = common::full_input("zh-CN");
    let report = render(&input).unwrap();
    assert_eq!(report.json_sha256, sha256_hex(&report.json));
    assert_eq!(report.pdf_sha256, sha256_hex(&report.pdf));

    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../assets/schemas/report-1.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for r in [&report, &render(&common::empty_input("en-US")).unwrap()] {
        let doc: serde_json::Value = serde_json::from_slice(&r.json).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    let doc: serde_json::Value = serde_json::from_slice(&report.json).unwrap();
    assert_eq!(doc["schema"], "coverready/report/1");
    assert_eq!(
        doc["answers"].as_array().unwrap().len(),
        input.answers.len()
    );

    // The PDF prints the JSON's fingerprint.
    let path = save("fingerprint-zh-CN.pdf", &report);
    assert!(squash(&text_of(&path)).contains(&report.json_sha256));

    // The input is plain data both ways (fixtures can be JSON files).
    let json = serde_json::to_string_pretty(&input).unwrap();
    std::fs::write(output_dir().join("full-input.json"), &json).unwrap();
    let back: coverready_report::ReportInput = serde_json::from_str(&json).unwrap();
    assert_eq!(back, input);
}

#[test]
fn same_input_gives_the_same_bytes() {
    let input = common::full_input("zh-CN");
    let a = render(&input).unwrap();
    let b = render(&input).unwrap();
    assert_eq!(a.pdf_sha256, b.pdf_sha256);
    assert!(a.pdf == b.pdf && a.json == b.json);
    let other = std::thread::spawn(move || render(&input).unwrap())
        .join()
        .unwrap();
    assert!(other.pdf == a.pdf);
}

#[test]
fn empty_input_says_so_instead_of_failing() {
    for lang in ["zh-CN", "en-US"] {
        let report = render(&common::empty_input(lang)).unwrap();
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);
        let path = save(&format!("empty-{lang}.pdf"), &report);
        let text = squash(&text_of(&path));
        let expected = if lang == "zh-CN" {
            ["还没有回答任何题目", "还没有做过检测", "还没有填写企业概况"]
        } else {
            [
                "Noquestionhasbeenansweredyet",
                "Noscanhasbeenrunyet",
                "Thebusinessprofilehasnotbeenfilledinyet",
            ]
        };
        for e in expected {
            assert!(text.contains(e), "{lang}: missing {e}");
        }
        // No findings: no evidence appendix.
        assert!(!text.contains("附录一") && !text.contains("AppendixA"));
    }
}

#[test]
fn write_report_writes_both_files_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let pdf_path = dir.path().join("report.pdf");
    let written = write_report(&common::full_input("en-US"), &pdf_path, Replace::Never).unwrap();
    assert_eq!(written.json_path, dir.path().join("report.json"));
    let pdf = std::fs::read(&pdf_path).unwrap();
    let json = std::fs::read(&written.json_path).unwrap();
    assert_eq!(sha256_hex(&pdf), written.pdf_sha256);
    assert_eq!(sha256_hex(&json), written.json_sha256);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "leftovers: {names:?}");
    // Writing again is refused unless replacing is allowed; then both are replaced in place.
    let again = write_report(&common::full_input("en-US"), &pdf_path, Replace::Never).unwrap_err();
    assert_eq!(again.cause(), "already_exists");
    write_report(&common::full_input("en-US"), &pdf_path, Replace::Allowed).unwrap();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn the_twin_keeps_the_chosen_name_and_never_is_the_report_itself() {
    use coverready_report::{check_report_path, json_path_for};
    assert_eq!(
        json_path_for(Path::new("d/a.b.pdf")),
        Path::new("d/a.b.json")
    );
    assert_eq!(json_path_for(Path::new("d/a.PDF")), Path::new("d/a.json"));
    assert_eq!(
        json_path_for(Path::new("d/a.b.final")),
        Path::new("d/a.b.final.json")
    );
    assert_eq!(
        json_path_for(Path::new("d/report")),
        Path::new("d/report.json")
    );
    let dir = tempfile::tempdir().unwrap();
    for name in ["x.json", "x.JSON"] {
        let path = dir.path().join(name);
        assert_eq!(
            check_report_path(&path).unwrap_err().cause(),
            "twin_collision"
        );
        let e = write_report(&common::empty_input("zh-CN"), &path, Replace::Allowed).unwrap_err();
        assert_eq!(e.cause(), "twin_collision");
        assert_eq!(e.path(), Some(path.as_path()));
    }
    // A path naming a folder (existing or not) is not a report's name.
    for name in ["new-folder/", "new-folder/.", "..", "."] {
        let path = dir.path().join(name);
        let e = write_report(&common::empty_input("zh-CN"), &path, Replace::Allowed).unwrap_err();
        assert_eq!(e.cause(), "is_a_directory", "{name}");
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn unwritable_path_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();
    for path in [
        blocker.join("report.pdf"),
        dir.path().join("missing/report.pdf"),
    ] {
        let err = write_report(&common::empty_input("zh-CN"), &path, Replace::Never).unwrap_err();
        assert_eq!(err.code(), "report_unwritable");
        assert!(err.path().is_some());
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing half-written"
    );
}

#[test]
fn unsupported_language_is_refused() {
    let mut input = common::empty_input("zh-CN");
    input.language = "fr-FR".into();
    assert_eq!(render(&input).unwrap_err().code(), "report_invalid_input");
}

#[test]
fn pages_render_to_png_for_a_human_look() {
    let dir = output_dir();
    for lang in ["zh-CN", "en-US"] {
        let report = render(&common::full_input(lang)).unwrap();
        let path = save(&format!("look-{lang}.pdf"), &report);
        for page in ["1", "2", "3", "4"] {
            let prefix = dir.join(format!("look-{lang}-p{page}"));
            tool(
                "pdftoppm",
                &[
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    page,
                    "-l",
                    page,
                    "-singlefile",
                    path.to_str().unwrap(),
                    prefix.to_str().unwrap(),
                ],
            );
            assert!(prefix.with_extension("png").exists());
        }
    }
}

/// Page 1 is the underwriter's page: the verdict, every must-have with its answer and how it
/// was verified, past incidents and the profile; the fingerprint waits for the technical
/// appendix, and page 2 starts with the owner's first fixes and how to do them.
#[test]
fn page_one_decides() {
    let input = common::full_input("zh-CN");
    let report = render(&input).unwrap();
    let path = save("page-one-zh-CN.pdf", &report);
    let page = |n: &str| {
        squash(&tool(
            "pdftotext",
            &[
                "-enc",
                "UTF-8",
                "-f",
                n,
                "-l",
                n,
                path.to_str().unwrap(),
                "-",
            ],
        ))
    };
    let one = page("1");
    let l10n = coverready_i18n::Localizer::new("zh-CN");
    let gate = match input.readiness.gate.status {
        coverready_checklist::GateStatus::Ready => l10n.text("gate-ready"),
        coverready_checklist::GateStatus::NotReady => l10n.format(
            "gate-not-ready",
            &[("count", input.readiness.gate.blockers.len().into())],
        ),
        coverready_checklist::GateStatus::ToConfirm => l10n.format(
            "gate-to-confirm",
            &[("count", input.readiness.gate.to_confirm.len().into())],
        ),
    };
    assert!(one.contains(&squash(&gate)), "verdict not on page 1: {one}");
    let pack = coverready_checklist::ContentPack::current();
    let musts: Vec<_> = input
        .answers
        .iter()
        .filter(|a| {
            pack.question(&a.question)
                .is_some_and(|q| q.weight == coverready_checklist::Weight::MustHave)
        })
        .collect();
    assert!(!musts.is_empty());
    for a in &musts {
        // The start of the question: table cells wrap, and pdftotext may interleave the
        // wrapped lines of neighbouring cells.
        let text = squash(&l10n.text(&coverready_checklist::question_message_id(&a.question)));
        let start: String = text.chars().take(12).collect();
        assert!(
            one.contains(&start),
            "{} not on page 1: {start:?}",
            a.question
        );
    }
    for heading in [
        "report-must-have",
        "report-incidents",
        "report-cover-profile",
    ] {
        assert!(
            one.contains(&squash(&l10n.text(heading))),
            "{heading} not on page 1"
        );
    }
    assert!(
        !one.contains("SHA-256"),
        "the fingerprint belongs to the technical details"
    );
    let two = page("2");
    assert!(two.contains(&squash(&l10n.text("report-summary"))), "{two}");
    let first = &input.readiness.action_plan[0].question;
    let fix = format!("{}-fix", coverready_checklist::question_message_id(first));
    assert!(
        two.contains(&squash(&l10n.text(&fix))),
        "how-to of {first} not on page 2"
    );
}
