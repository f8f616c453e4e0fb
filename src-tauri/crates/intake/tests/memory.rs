//! Stalled uploads hold a file each, not memory. Alone in its own test binary so that no other
//! test's allocations move the process's resident size while it is measured.

mod support;

use std::time::Duration;

use coverready_intake::IntakeConfig;
use support::{closed_within, loopback, raw_connect, upload_head};
use tokio::io::AsyncWriteExt;

#[cfg(target_os = "linux")]
fn resident_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_stalled_large_uploads_do_not_grow_memory() {
    let dir = tempfile::tempdir().unwrap();
    let server = coverready_intake::spawn_for_test(IntakeConfig::new(dir.path()))
        .await
        .unwrap();
    let addr = server.addr;
    // One shared megabyte, written again and again: the senders add nothing per upload.
    let chunk: &'static [u8] = Box::leak(vec![b'-'; 1 << 20].into_boxed_slice());
    let before = resident_bytes();
    let mut uploads = tokio::task::JoinSet::new();
    for n in 0..10u8 {
        uploads.spawn(async move {
            let mut stream = raw_connect(loopback(2 + n), addr).await;
            stream
                .write_all(&upload_head(20_000_000, &format!("big-{n}")))
                .await
                .unwrap();
            // 19 MiB of the declared 20 MB, then silence. write_all only returns once the
            // server has taken all but what the socket buffers hold.
            for _ in 0..19 {
                stream.write_all(chunk).await.unwrap();
            }
            stream
        });
    }
    let mut held = Vec::new();
    while let Some(stream) = uploads.join_next().await {
        held.push(stream.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let grown = resident_bytes().saturating_sub(before);
    eprintln!(
        "10 stalled 19 MiB uploads: resident size grew by {} KiB",
        grown / 1024
    );
    // Held in memory they would be 190 MiB; spooled, only buffers remain.
    assert!(grown < 40 << 20, "grew by {grown} bytes");
    // They are still open (stalled, within their grace period), so the measurement counted them.
    for stream in &mut held {
        assert!(closed_within(stream, Duration::from_millis(10))
            .await
            .is_none());
    }
    drop(held);
    server.stop().await;
}
