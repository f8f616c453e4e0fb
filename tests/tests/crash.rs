//! A process killed in the middle of a write leaves a consistent database: every organisation has
//! all of its profile rows (written in one transaction) and the file passes SQLite's integrity
//! check. Uses a real process and a real SIGKILL.

use std::process::Command;
use std::time::{Duration, Instant};

use coverready_store::Store;
use coverready_tests::WRITER_FIELDS_PER_ORG;

fn org_count(path: &std::path::Path) -> usize {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.busy_timeout(Duration::from_secs(5)).unwrap();
    conn.query_row("SELECT count(*) FROM organisation", [], |r| {
        r.get::<_, i64>(0)
    })
    .unwrap_or(0) as usize
}

#[test]
fn killing_a_writer_mid_transaction_leaves_a_consistent_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.sqlite3");
    // Several rounds, each killed after a different amount of work.
    for round in 0..4u64 {
        let before = if path.exists() { org_count(&path) } else { 0 };
        let mut child = Command::new(env!("CARGO_BIN_EXE_store-writer"))
            .arg(&path)
            .spawn()
            .expect("spawn writer");
        let deadline = Instant::now() + Duration::from_secs(30);
        let wanted = before + 50 + 37 * round as usize;
        while Instant::now() < deadline {
            if path.exists() && org_count(&path) >= wanted {
                break;
            }
            std::thread::sleep(Duration::from_millis(3 + round * 5));
        }
        child.kill().expect("SIGKILL the writer"); // std's kill() is SIGKILL on Unix
        child.wait().unwrap();

        let store = Store::open(&path).expect("store opens after a kill");
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let orgs = store.orgs().unwrap();
        assert!(orgs.len() >= wanted, "round {round}: writer made progress");
        for org in &orgs {
            assert_eq!(
                org.profile.len(),
                WRITER_FIELDS_PER_ORG,
                "organisation {} is half-written",
                org.id
            );
            // An update is all-or-nothing too: never a mix of old and new values.
            let updated = org
                .profile
                .values()
                .filter(|v| v.as_str().is_some_and(|s| s.starts_with("updated")))
                .count();
            assert!(
                updated == 0 || updated == WRITER_FIELDS_PER_ORG,
                "mixed update"
            );
        }
    }
}
