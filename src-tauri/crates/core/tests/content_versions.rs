//! Answers across content versions, with the real workspace: an assessment keeps the content
//! version it was answered under; after a signed update that retires one question and stops
//! offering "not applicable" on another, a new assessment from a copy carries the rest by
//! question id and says which were retired and which must be answered again.
//! One test in its own binary: installing a pack changes the content of the whole process.

use coverready_checklist::{AnswerValue, Mode};
use coverready_content_builder::testkit::{Draft, TestKey};
use coverready_core::{AnswerInput, Language, OrgInput, Workspace};

const QUESTIONS: &str = "assets/checklists/sme/questions.json";
const RETIRED: &str = "governance.security-owner";
const CHANGED: &str = "governance.data-map";
const KEPT: &str = "identity.mfa-email";

fn answer(question: &str, value: AnswerValue) -> AnswerInput {
    AnswerInput {
        question: question.into(),
        value: Some(value),
        note: None,
    }
}

/// The repository's question bank without [`RETIRED`] and with "not applicable" no longer
/// offered for [`CHANGED`].
fn next_questions(text: &str) -> Vec<u8> {
    let mut doc: serde_json::Value = serde_json::from_str(text).unwrap();
    let questions = doc["questions"].as_array_mut().unwrap();
    questions.retain(|q| q["id"] != RETIRED);
    let changed = questions.iter_mut().find(|q| q["id"] == CHANGED).unwrap();
    changed["not_applicable_allowed"] = false.into();
    serde_json::to_vec_pretty(&doc).unwrap()
}

#[test]
fn a_copy_maps_answers_by_question_id_across_a_content_update() {
    let dir = tempfile::tempdir().unwrap();
    let root = TestKey::new();
    let root_file = dir.path().join("root.pub");
    root.write_public(&root_file);
    std::env::set_var(coverready_content::TEST_ROOT_ENV, &root_file);
    let data = dir.path().join("data");
    let mut ws = Workspace::open(&data);
    let org = ws
        .create_org(&OrgInput {
            name: "Fictional Florist".into(),
            profile: Default::default(),
        })
        .unwrap();
    let first = ws.ensure_assessment(org.id, Some(Mode::Full)).unwrap();
    assert_eq!(first.content_version.as_deref(), Some("1.0.0"));
    ws.answer(
        org.id,
        &[
            answer(RETIRED, AnswerValue::Yes),
            answer(CHANGED, AnswerValue::NotApplicable),
            answer(KEPT, AnswerValue::No),
        ],
    )
    .unwrap();

    let draft = Draft::from_repo("1.1.0");
    let questions = next_questions(&draft.text(QUESTIONS));
    let pack = dir.path().join("update.coverready-content");
    std::fs::write(&pack, draft.with_file(QUESTIONS, questions).signed(&root)).unwrap();
    let update = ws.install_content_file(&pack).unwrap();
    assert!(update.installed);
    assert_eq!(update.status.version, "1.1.0");

    let second = ws.start_assessment(org.id, Mode::Full).unwrap();
    assert_eq!(second.content_version.as_deref(), Some("1.1.0"));
    let carried = second.carried.expect("started from a copy");
    assert_eq!(carried.from_assessment, first.id);
    assert_eq!(carried.from_content_version.as_deref(), Some("1.0.0"));
    assert_eq!(carried.carried, 1);
    assert_eq!(carried.retired, [RETIRED]);
    assert_eq!(carried.changed, [CHANGED]);
    let answered: Vec<&str> = second.answers.iter().map(|a| a.question.as_str()).collect();
    assert_eq!(answered, [KEPT]);

    // The earlier assessment is history, whole, and still shown with its own version.
    let history = ws.assessment_history(org.id).unwrap();
    assert_eq!(history[0].answers.len(), 3);
    assert_eq!(history[0].content_version.as_deref(), Some("1.0.0"));
    // The report says which content the answers were given under.
    let input = ws
        .report_input(org.id, Language::EnUs, 1_796_428_800)
        .unwrap();
    assert_eq!(input.content_version.as_deref(), Some("1.1.0"));
}
