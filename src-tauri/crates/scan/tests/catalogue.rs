//! The probe catalogue is consistent with the checklist and the locale files.

use coverready_scan::{probes, UnknownReason};
use std::collections::BTreeSet;
use std::path::Path;

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../.."))
}

fn ftl_keys(lang: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(repo().join(format!("locales/{lang}/scan.ftl"))).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{lang}/scan.ftl does not parse: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn at_least_25_probes_with_unique_ids_and_a_method_per_os() {
    let defs = probes();
    assert!(defs.len() >= 25, "{} probes", defs.len());
    let ids: BTreeSet<&str> = defs.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids.len(), defs.len(), "duplicate ids");
    for p in defs {
        for m in [&p.methods.windows, &p.methods.macos, &p.methods.linux] {
            assert!(!m.trim().is_empty(), "{}: empty method", p.id);
        }
    }
}

/// The ids in the checklist's question file (read as data, not through the checklist crate).
fn checklist_question_ids() -> BTreeSet<String> {
    let text =
        std::fs::read_to_string(repo().join("assets/checklists/sme/questions.json")).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    doc["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["id"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn linked_questions_exist_in_the_checklist() {
    let known = checklist_question_ids();
    for p in probes() {
        for q in &p.questions {
            assert!(known.contains(q), "{}: unknown question {q}", p.id);
        }
    }
}

/// The coverage file links real probes to real questions, with unique parts.
#[test]
fn the_coverage_file_names_real_probes_questions_and_unique_parts() {
    let known = checklist_question_ids();
    let probe_ids: BTreeSet<&str> = probes().iter().map(|p| p.id.as_str()).collect();
    let coverage = coverready_scan::evidence::coverage();
    assert!(coverage.len() >= 10, "{} questions", coverage.len());
    let mut seen_questions = BTreeSet::new();
    for c in coverage {
        assert!(
            known.contains(c.question.as_str()),
            "unknown question {}",
            c.question
        );
        assert!(seen_questions.insert(&c.question), "{} twice", c.question);
        let parts: BTreeSet<&str> = c.parts.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(
            parts.len(),
            c.parts.len(),
            "{}: duplicate part ids",
            c.question
        );
        assert!(
            c.parts
                .iter()
                .any(|p| !p.shown_by.is_empty() || !p.refuted_by.is_empty()),
            "{}: no check speaks to it",
            c.question
        );
        for p in &c.parts {
            for check in p.shown_by.iter().chain(&p.refuted_by) {
                // Domain checks (domain.<check>) are checked against CheckId in coverready-core.
                assert!(
                    probe_ids.contains(check.as_str()) || check.starts_with("domain."),
                    "{}/{}: unknown check {check}",
                    c.question,
                    p.id
                );
            }
        }
    }
}

#[test]
fn every_probe_text_exists_in_both_languages_with_the_same_keys() {
    let en = ftl_keys("en-US");
    let zh = ftl_keys("zh-CN");
    assert_eq!(en, zh, "en-US and zh-CN scan.ftl differ");
    assert!(
        en.iter().all(|k| k.starts_with("scan-")),
        "keys must be prefixed scan-"
    );
    for p in probes() {
        for k in [
            &p.title_key,
            &p.failed_title_key(),
            &p.rationale_key,
            &p.remediation_key,
        ] {
            assert!(en.contains(k.as_str()), "missing {k}");
        }
    }
    for s in ["shown", "refuted", "not_checked", "owner_only"] {
        assert!(en.contains(&format!("scan-part-status-{s}")));
    }
    for c in coverready_scan::evidence::coverage() {
        for p in &c.parts {
            let key = c.part_label_key(&p.id);
            assert!(en.contains(&key), "missing {key}");
        }
    }
    for r in UnknownReason::ALL {
        assert!(en.contains(&format!("scan-reason-{}", r.as_str())));
    }
    for v in ["pass", "fail", "unknown", "not_applicable"] {
        assert!(en.contains(&format!("scan-verdict-{v}")));
    }
    for o in [
        "confirms",
        "contradicts",
        "scan_suggests_yes",
        "scan_suggests_no",
        "partly_shown",
        "no_opinion",
    ] {
        assert!(en.contains(&format!("scan-outcome-{o}")));
    }
}

#[test]
fn scan_keys_are_not_defined_in_other_locale_files() {
    let ours = ftl_keys("en-US");
    for lang in ["en-US", "zh-CN"] {
        for entry in std::fs::read_dir(repo().join("locales").join(lang)).unwrap() {
            let path = entry.unwrap().path();
            if path.file_name().unwrap() == "scan.ftl" {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for k in &ours {
                assert!(
                    !text.lines().any(|l| l.starts_with(&format!("{k} ="))),
                    "{k} also defined in {}",
                    path.display()
                );
            }
        }
    }
}
