//! A withdrawal erases: no byte of the package survives in any file of the data folder, and a
//! replay of the original submission says "withdrawn".

mod support;

use coverready_intake::IntakeConfig;
use support::{http, installation, post, random_marker, withdraw, TestPackage};

fn files_containing(dir: &std::path::Path, needle: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
        } else {
            let bytes = std::fs::read(&path).unwrap();
            let copies = bytes.windows(needle.len()).filter(|w| *w == needle).count();
            if copies > 0 {
                found.push(format!("{} ({copies} copies)", path.display()));
            }
        }
    }
    found
}

#[tokio::test]
async fn withdrawal_leaves_no_copy_and_replays_answer_withdrawn() {
    let dir = tempfile::tempdir().unwrap();
    let server = coverready_intake::spawn_for_test(IntakeConfig::new(dir.path()))
        .await
        .unwrap();
    let (_key_dir, key) = installation();
    let marker = random_marker();
    // Large enough to spill into overflow pages, with the marker at both ends and in between.
    let mut pdf = format!("%PDF-1.4 {marker} ").into_bytes();
    pdf.extend(std::iter::repeat_n(b'x', 200_000));
    pdf.extend(format!(" {marker} ").bytes());
    pdf.extend(std::iter::repeat_n(b'y', 200_000));
    pdf.extend(format!(" {marker} %%EOF").bytes());
    // A second, unrelated submission stays: erasing must not depend on an empty store.
    let (_other_dir, other) = installation();
    let keep = TestPackage::new(&other, "rpt-keep", b"%PDF-1.4 kept".to_vec());
    assert_eq!(
        post(&http(), &server.url, keep.parts(&other), "keep")
            .await
            .status,
        201
    );

    let package = TestPackage::new(&key, "rpt-erase", pdf);
    let parts = package.parts(&key);
    let first = post(&http(), &server.url, parts.clone(), "erase-1").await;
    assert_eq!(first.status, 201, "{:?}", first.body);
    let id = first.body["submission_id"].as_str().unwrap().to_owned();
    // The test can fail: before withdrawal the marker is on disk.
    assert!(!files_containing(dir.path(), marker.as_bytes()).is_empty());

    let withdrawn = withdraw(&server.url, &id, &key).await;
    assert_eq!(withdrawn.status, 200, "{:?}", withdrawn.body);
    assert_eq!(withdrawn.body["status"], "withdrawn");
    // Checked while the server still runs (its connection open, WAL and shm in place), and
    // again after it stopped.
    assert_eq!(
        files_containing(dir.path(), marker.as_bytes()),
        Vec::<String>::new()
    );

    let replay = post(&http(), &server.url, parts, "erase-1").await;
    assert_eq!(replay.status, 201, "{:?}", replay.body);
    assert!(replay.replayed);
    assert_eq!(replay.body["status"], "withdrawn");
    assert_eq!(replay.body["submission_id"], id.as_str());
    assert!(replay.body["withdrawn_at"].is_string());
    // The receipt agrees with the body and is for the same package.
    let ack = coverready_submission::client::verify_acknowledgement(
        serde_json::from_value(replay.body.clone()).unwrap(),
        &coverready_submission::encoding::sha256_hex(
            &serde_json::to_vec(&package.manifest).unwrap(),
        ),
        &["withdrawn"],
    )
    .unwrap();
    assert_eq!(ack.receipt.status, "withdrawn");
    server.stop().await;
    assert_eq!(
        files_containing(dir.path(), marker.as_bytes()),
        Vec::<String>::new()
    );
    // The other submission is intact.
    assert!(!files_containing(dir.path(), b"%PDF-1.4 kept").is_empty());
}
