//! Sends one signed package (a new installation key, a small report) to an intake and prints the
//! submission id: test data for scripts (`tests/protocol/check-openapi.sh` gives it to
//! schemathesis, so the status and withdrawal operations meet a submission that exists).
//! `submit_one http://127.0.0.1:PORT` (plain HTTP: loopback only).

use std::collections::BTreeMap;
use std::time::SystemTime;

use coverready_submission::{
    build_package, Client, ClientConfig, ConsentRecord, Installation, PackageInput,
};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let Some(url) = std::env::args().nth(1) else {
        eprintln!("usage: submit_one URL");
        std::process::exit(2);
    };
    let key_dir = tempfile::tempdir().expect("a temp folder for the installation key");
    let installation = Installation::load_or_create(key_dir.path()).expect("an installation key");
    let package = build_package(
        PackageInput {
            kind: Default::default(),
            report_pdf: b"%PDF-1.7\nsubmit_one\n".to_vec(),
            report_json: br#"{"report":"submit_one"}"#.to_vec(),
            report_id: "submit-one".to_owned(),
            org_fields: BTreeMap::from([("name".to_owned(), "Protocol check".to_owned())]),
            readiness_summary: serde_json::json!({"score": 50}),
            app_version: "0.1.0".to_owned(),
        },
        &installation,
        SystemTime::now(),
    )
    .expect("a package");
    let client = Client::new(ClientConfig::default()).expect("a client");
    let destination = client
        .observe_destination(&url)
        .await
        .unwrap_or_else(|e| fail(&e));
    let consent = ConsentRecord::for_package(&package, &destination);
    let ack = client
        .submit(&package, &consent, "submit-one")
        .await
        .unwrap_or_else(|e| fail(&e));
    println!("{}", ack.receipt.submission_id);
}

fn fail(error: &dyn std::fmt::Display) -> ! {
    eprintln!("submit_one: {error}");
    std::process::exit(1);
}
