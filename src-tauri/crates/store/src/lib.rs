//! The offline SQLite store. One file per installation (or per `--data-dir`), WAL mode, foreign
//! keys on, forward-only migrations applied at open, every multi-row change in one transaction.
//!
//! This crate knows tables, not rules: validating names and profile values is the caller's job
//! (`coverready-core`), so the store stays a thin, well-tested persistence layer.

mod assessments;
mod error;
mod import;
mod incidents;
pub mod migrate;
mod migrations;
mod orgs;
mod policies;
mod scans;
mod settings;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use assessments::{AnswerRow, AnswerWrite, AssessmentId, AssessmentRow};
pub use error::StoreError;
pub use incidents::{EntryRow, IncidentRow, LogHead};
pub use migrations::{apply_up_to as migrations_apply_up_to, LATEST_VERSION, MIGRATIONS};
pub use orgs::{OrgId, OrgRow, ProfileMap, ProfileWrite};
pub use policies::PolicyRow;
pub use scans::ScanRow;

/// File name of the store inside the data directory.
pub const STORE_FILE: &str = "coverready.sqlite3";

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    ///
    /// A file that is not a database, or fails SQLite's quick check, is reported as
    /// [`StoreError::Corrupt`]; one written by a newer CoverReady as [`StoreError::TooNew`]. In both
    /// cases nothing is written to it.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        // The file is made (0600, in a 0700 folder) or checked (a regular file of this user, not
        // a link) before SQLite opens it by name; SQLite gives its -wal and -shm files the
        // main file's mode, and NOFOLLOW closes the gap between the check and its own open.
        coverready_files::ensure_private_file(path).map_err(|e| StoreError::io(path, e))?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NOFOLLOW
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::from_open(path, e))?;
        Self::prepare(conn, Some(path.to_path_buf()))
    }

    /// A private store in memory, for tests and quick previews.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(StoreError::from)?;
        Self::prepare(conn, None)
    }

    fn prepare(conn: Connection, path: Option<PathBuf>) -> Result<Store, StoreError> {
        let shown = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        // Reading the header is the first moment SQLite looks at the file: a foreign or damaged file
        // fails here, before anything has been written.
        let found: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| StoreError::from_open(&shown, e))?;
        if found > LATEST_VERSION {
            return Err(StoreError::TooNew {
                path: shown,
                found,
                supported: LATEST_VERSION,
            });
        }
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| StoreError::from_open(&shown, e))?;
        if check != "ok" {
            return Err(StoreError::Corrupt {
                path: shown,
                detail: check,
            });
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            // NORMAL is durable across application crashes in WAL mode; only a power cut can lose
            // the last transaction, never corrupt the file.
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        let mut store = Store { conn, path };
        migrations::apply(&mut store.conn, &shown)?;
        Ok(store)
    }

    /// The schema version this file is at (after migrations: [`LATEST_VERSION`]).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Lets this connection's store grow no further than the pages it uses now (`PRAGMA
    /// max_page_count`): the next write that needs a page fails with SQLite's own SQLITE_FULL,
    /// as on a full disk. For tests of what the owner is told then; nothing else calls it.
    #[doc(hidden)]
    pub fn stop_growing(&self) -> Result<(), StoreError> {
        let pages: i64 = self.conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
        Ok(())
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Full integrity check, for diagnostics and the crash tests.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// Moves a store that cannot be opened out of the way, together with its WAL and shared-memory
/// files, so that a fresh one can be created. The file is never deleted: the owner (or support)
/// may still recover data from it. Returns the new path of the main file.
pub fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| STORE_FILE.to_owned());
    let mut target = path.with_file_name(format!("{file_name}.damaged-{stamp}"));
    let mut n = 1;
    while target.exists() {
        target = path.with_file_name(format!("{file_name}.damaged-{stamp}-{n}"));
        n += 1;
    }
    std::fs::rename(path, &target).map_err(|e| StoreError::io(path, e))?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        if side.exists() {
            let side_target = PathBuf::from(format!("{}{suffix}", target.display()));
            std::fs::rename(&side, &side_target).map_err(|e| StoreError::io(&side, e))?;
        }
    }
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store that fills up says so (SQLITE_FULL → `StoreError::Full`, which core words as a
    /// full disk), and keeps what it had.
    #[test]
    fn a_full_store_says_the_disk_is_full() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join(STORE_FILE)).unwrap();
        store.insert_org("Kept", &ProfileMap::new()).unwrap();
        // No room past the pages in use: the next write that needs a page fails for real.
        store.stop_growing().unwrap();
        let big = "x".repeat(3000);
        let mut failure = None;
        for i in 0..200 {
            if let Err(e) = store.set_setting(&format!("k{i}"), &big) {
                failure = Some(e);
                break;
            }
        }
        assert!(
            matches!(
                failure,
                Some(StoreError::Full {
                    cause: "storage_full",
                    ..
                })
            ),
            "{failure:?}"
        );
        assert_eq!(store.orgs().unwrap().len(), 1);
    }
}
