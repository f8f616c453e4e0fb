//! The question put to the owner outside the webview is worded in Rust from the package Rust
//! holds: everything that goes, and where, in the owner's language.

use std::net::TcpListener;
use std::sync::Mutex;

use coverready_core::submissions as flow;
use coverready_core::{CancelToken, Language, OrgInput, PlatformOptions, Workspace};

#[test]
fn the_native_question_names_destination_fields_files_and_key_in_the_owners_language() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Mutex::new(Workspace::open(dir.path()));
    let org = workspace
        .lock()
        .unwrap()
        .create_org(&OrgInput {
            name: "示例商贸（虚构）".into(),
            profile: Default::default(),
        })
        .unwrap();
    // A loopback address nobody answers on: preparing only needs to know it is loopback.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/intake", listener.local_addr().unwrap());
    let preview = flow::prepare(
        &workspace,
        flow::Subject::Readiness { org_id: org.id },
        &url,
        &["name".to_owned()],
        Language::ZhCn,
        &PlatformOptions::default(),
        &CancelToken::new(),
    )
    .unwrap();

    let question = flow::question(&workspace, &preview.token, Language::ZhCn).unwrap();
    let zh = Language::ZhCn.localizer();
    assert_eq!(question.title, zh.text("submission-consent-title"));
    assert_eq!(question.send, zh.text("ui-apply-send"));
    assert_eq!(question.cancel, zh.text("ui-apply-cancel"));
    let message = &question.message;
    assert!(message.contains(&preview.destination_url), "{message}");
    assert!(message.contains(&zh.text("submission-consent-identity-loopback")));
    assert!(message.contains(&format!(
        "{} = 示例商贸（虚构）",
        zh.text("ui-apply-field-name")
    )));
    assert!(
        preview.files.len() >= 2,
        "the report PDF and its JSON twin at least"
    );
    for file in &preview.files {
        assert!(message.contains(&file.name) && message.contains(&file.sha256));
    }
    assert!(message.contains(&preview.key_fingerprint));
    // Nothing of the English text reaches a Chinese owner.
    let en = Language::EnUs.localizer();
    assert!(!message.contains(&en.text("submission-consent-files")));

    // Asking does not answer: the same package can be asked about again, in English too.
    let again = flow::question(&workspace, &preview.token, Language::EnUs).unwrap();
    assert!(again.message.contains(&en.text("submission-consent-files")));
    assert!(workspace
        .lock()
        .unwrap()
        .submissions(None)
        .unwrap()
        .is_empty());
}

#[test]
fn a_question_about_a_package_not_prepared_asks_the_owner_to_prepare_again() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Mutex::new(Workspace::open(dir.path()));
    let err = flow::question(&workspace, "1-forged", Language::EnUs).unwrap_err();
    assert_eq!(err.details["reason"], "consent_missing");
    assert_eq!(
        err.details["message_id"],
        "submission-error-consent_missing"
    );
}
