//! Workshop mode: a shared laptop's session lives in memory only, ends without a trace, and a
//! facilitator's file is read strictly.

use coverready_checklist::{AnswerValue, Mode};
use coverready_core::workshop::WorkshopSettings;
use coverready_core::{AnswerInput, Language, OrgInput, Workspace};

#[test]
fn a_workshop_session_writes_nothing_and_erase_forgets_everything() {
    let mut ws = Workspace::open_workshop(WorkshopSettings::default());
    let org = ws
        .create_org(&OrgInput {
            name: "WORKSHOP-MARKER-7f3a".into(),
            profile: Default::default(),
        })
        .unwrap();
    ws.ensure_assessment(org.id, Some(Mode::Quick)).unwrap();
    ws.answer(
        org.id,
        &[AnswerInput {
            question: "identity.mfa-email".into(),
            value: Some(AnswerValue::No),
            note: None,
        }],
    )
    .unwrap();
    assert_eq!(ws.list_orgs().unwrap().len(), 1);
    // Nothing that writes to the data folder can succeed: there is none.
    assert!(ws.write_report(org.id, Language::EnUs, None).is_err());
    assert!(!ws.data_dir().exists());
    assert!(ws.info().workshop.is_some());

    let info = ws.erase_workshop().unwrap();
    assert!(info.workshop.is_some());
    assert!(ws.list_orgs().unwrap().is_empty(), "the session is gone");
    // An ordinary workspace has no workshop to erase.
    let dir = tempfile::tempdir().unwrap();
    assert!(Workspace::open(dir.path()).erase_workshop().is_err());
}

#[test]
fn the_facilitators_file_is_read_strictly() {
    let s = WorkshopSettings::from_json(r#"{"language": "zh-CN", "idle_minutes": 5}"#).unwrap();
    assert_eq!(s.language, Some(Language::ZhCn));
    assert_eq!((s.idle_minutes, s.warning_seconds), (5.0, 60));
    assert_eq!(
        WorkshopSettings::from_json("{}").unwrap(),
        WorkshopSettings::default()
    );
    for bad in [
        r#"{"idle_minutes": 0}"#,
        r#"{"idle_minutes": 100000}"#,
        r#"{"idle_minutes": 0.5, "warning_seconds": 60}"#,
        r#"{"language": "fr-FR"}"#,
        r#"{"idle": 5}"#,
        "not json",
    ] {
        let e = WorkshopSettings::from_json(bad).unwrap_err();
        assert_eq!(e.details["message_id"], "error-workshop-settings", "{bad}");
    }
}
