//! Golden results for the three sample profiles. Regenerate with
//! `UPDATE_GOLDEN=1 cargo test --test golden` and review the diff.

mod common;

use coverready_checklist::{
    applicable_questions, readiness, validate_answers, ContentPack, Mode, Readiness,
};
use serde::Serialize;

#[derive(Serialize)]
struct ModeResult {
    questions: Vec<String>,
    readiness: Readiness,
}

#[derive(Serialize)]
struct Golden {
    sample: String,
    full: ModeResult,
    quick: ModeResult,
}

fn compute(name: &str) -> String {
    let pack = ContentPack::current();
    let s = common::sample(name);
    validate_answers(pack, &s.profile, &s.answers).unwrap();
    let run = |mode| {
        let asked = applicable_questions(pack, &s.profile, mode);
        // Quick mode only scores what it asks.
        let answers = s
            .answers
            .iter()
            .filter(|(id, _)| asked.iter().any(|q| &q.id == *id))
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        ModeResult {
            questions: asked.iter().map(|q| q.id.clone()).collect(),
            readiness: readiness(pack, &s.profile, &answers, mode),
        }
    };
    let golden = Golden {
        sample: name.to_owned(),
        full: run(Mode::Full),
        quick: run(Mode::Quick),
    };
    serde_json::to_string_pretty(&golden).unwrap() + "\n"
}

#[test]
fn golden_results_match() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    for name in common::SAMPLES {
        let path = common::crate_dir()
            .join("tests/golden")
            .join(format!("{name}.json"));
        let actual = compute(name);
        if update {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
                path.display()
            )
        });
        if expected != actual {
            failures.push(name);
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatch for {failures:?}; rerun with UPDATE_GOLDEN=1 and review the diff"
    );
}

#[test]
fn readiness_is_deterministic() {
    for name in common::SAMPLES {
        assert_eq!(compute(name), compute(name));
    }
}
