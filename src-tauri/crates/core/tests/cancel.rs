//! Stopping long work: a scan of this computer and an upload to a destination that never answers.
//! The upload test uses a real TCP server on loopback that accepts and then stalls.

use std::io::Read;
use std::net::TcpListener;
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use coverready_core::submissions as flow;
use coverready_core::{
    scan_this_computer, CancelToken, ErrorCode, Language, OrgInput, PlatformOptions, Workspace,
};
use coverready_scan::ScanEvent;

#[test]
fn a_scan_cancelled_after_its_first_probe_returns_cancelled() {
    let cancel = CancelToken::new();
    let finished = Arc::new(Mutex::new(0usize));
    let on_event = {
        let cancel = cancel.clone();
        let finished = finished.clone();
        move |event| {
            if let ScanEvent::Finished { .. } = event {
                *finished.lock().unwrap() += 1;
                cancel.cancel();
            }
        }
    };
    let err = scan_this_computer(on_event, &cancel).unwrap_err();
    assert_eq!(err.code, ErrorCode::Cancelled);
    assert_eq!(err.details["job"], "scan");
    // Four probes run at a time, so at most the ones already started finish.
    let finished = *finished.lock().unwrap();
    assert!(
        (1..=4).contains(&finished),
        "{finished} probes finished after the stop"
    );
}

/// Accepts connections, reads what arrives and never answers; tells the test when the client
/// is connected.
fn stalling_server() -> (String, mpsc::Receiver<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (connected, wait) = mpsc::channel();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let _ = connected.send(());
            let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            held.push(stream);
        }
    });
    (url, wait)
}

#[test]
fn an_upload_cancelled_mid_send_stays_queued_and_the_app_stays_usable() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Arc::new(Mutex::new(Workspace::open(dir.path())));
    let org = workspace
        .lock()
        .unwrap()
        .create_org(&OrgInput {
            name: "慢网络 Slow Link Ltd".into(),
            profile: Default::default(),
        })
        .unwrap();
    let (url, connected) = stalling_server();
    let options = PlatformOptions::default();
    let preview = flow::prepare(
        &workspace,
        flow::Subject::Readiness { org_id: org.id },
        &url,
        &["name".to_owned()],
        Language::EnUs,
        &options,
        &CancelToken::new(),
    )
    .unwrap();

    let cancel = CancelToken::new();
    let sending = std::thread::spawn({
        let workspace = workspace.clone();
        let cancel = cancel.clone();
        move || flow::confirm(&workspace, &preview.token, &options, &cancel)
    });
    connected
        .recv_timeout(Duration::from_secs(30))
        .expect("the upload reached the server");
    // The package is on the wire and the server is silent: the workspace is free for the owner.
    let orgs = workspace
        .try_lock()
        .expect("the workspace is not held while sending")
        .list_orgs()
        .unwrap();
    assert_eq!(orgs.len(), 1);

    cancel.cancel();
    let err = sending.join().unwrap().unwrap_err();
    assert_eq!(err.code, ErrorCode::Cancelled);
    assert_eq!(err.details["job"], "upload");

    let rows = workspace.lock().unwrap().submissions(Some(org.id)).unwrap();
    assert_eq!(rows.len(), 1, "the consented package is kept");
    assert_eq!(rows[0].state.as_str(), "pending", "and still queued");

    // The owner may change their mind: a queued package is withdrawn without the network.
    let withdrawn = flow::withdraw(&workspace, rows[0].id, &PlatformOptions::default()).unwrap();
    assert_eq!(withdrawn.state.as_str(), "cancelled");
}
