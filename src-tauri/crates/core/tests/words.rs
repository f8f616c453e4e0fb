//! Every error and every report warning, worded in zh-CN, carries no English: no system text
//! (`Permission denied (os error 13)`), no Rust message, no English literal. Only names, paths,
//! ids and units may be Latin.

use coverready_core::{Error, ErrorCode};
use coverready_i18n::{Localizer, CAUSES};
use coverready_report::ReportWarning;

/// Latin-script words left after the allowed names are taken out.
fn english_words(text: &str, allowed: &[&str]) -> Vec<String> {
    let mut rest = text.to_owned();
    for a in allowed {
        rest = rest.replace(a, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .map(str::to_owned)
        .collect()
}

/// Names, products and units that are Latin in Chinese text too.
const NAMES: &[&str] = &[
    "CoverReady",
    "PDF",
    // A file name ending, as the owner types it.
    ".pdf",
    "JSON",
    "SHA-256",
    "UTF-8",
    "IT",
    "HTTPS",
    "DNS",
];

#[test]
fn the_checker_finds_english() {
    assert_eq!(
        english_words("出错：Permission denied", NAMES),
        ["Permission", "denied"]
    );
    assert!(english_words("程序内部出错：系统没有给出更具体的原因。CoverReady", NAMES).is_empty());
}

#[test]
fn every_error_is_worded_in_chinese_whatever_the_system_said() {
    let zh = Localizer::new("zh-CN");
    let samples = [
        ("path", "/数据/coverready.sqlite3"),
        ("id", "7"),
        ("field", "headcount_band"),
        ("question", "identity.mfa-email"),
        ("value", "maybe"),
        ("found", "3"),
        ("supported", "2"),
        ("max", "2000"),
        ("input", "例子"),
        ("line", "3"),
        ("detail", "Permission denied (os error 13)"),
    ];
    let values: Vec<&str> = samples.iter().map(|(_, v)| *v).collect();
    // The answers file's own syntax, shown as an example, is ids.
    let syntax = ["identity.mfa-email = yes", "example.com.cn"];
    let allowed: Vec<&str> = syntax
        .iter()
        .chain(NAMES)
        .copied()
        .chain(values.iter().copied())
        .collect();
    for code in ErrorCode::ALL {
        for cause in CAUSES.iter().chain([&"no_such_cause"]) {
            let mut error = Error::new(*code, "an English explanation for the log");
            for (k, v) in samples {
                error = error.with(k, v);
            }
            let text = error.with("cause", cause).localized(&zh);
            assert!(
                !text.contains('{'),
                "{code:?}: an argument is missing: {text}"
            );
            let words = english_words(&text, &allowed);
            assert!(words.is_empty(), "{code:?} / {cause}: {words:?} in {text}");
        }
    }
}

#[test]
fn every_report_warning_is_worded_in_chinese() {
    let zh = Localizer::new("zh-CN");
    let warnings = [
        ReportWarning::missing_glyph('𠮷'),
        ReportWarning::PackMismatch {
            answered_with: "sme@1.0.0".into(),
            rendered_with: "sme@1.1.0".into(),
        },
    ];
    for w in &warnings {
        let text = w.message(&zh);
        let words = english_words(
            &text,
            &[NAMES, &["sme@1.0.0", "sme@1.1.0", "U+20BB7"]].concat(),
        );
        assert!(words.is_empty(), "{}: {words:?} in {text}", w.kind());
        assert!(!text.contains('{'), "{text}");
    }
}
