//! The intake's SQLite store (`intake.sqlite3` in its data directory): WAL, forward-only
//! migrations, one connection behind a mutex. Every call is short; handlers run it on the blocking
//! pool so a slow disk never stalls the async workers. The server reaches it through
//! [`crate::db::Database`], which also speaks PostgreSQL ([`crate::pg`]).

use std::path::Path;
use std::sync::{Arc, Mutex};

use coverready_store::migrate::MigrationError;
use coverready_submission::PackageKind;
use rusqlite::{params, Connection, OptionalExtension};

pub const STORE_FILE: &str = "intake.sqlite3";
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_submissions.sql"),
    include_str!("migrations/0002_tenants.sql"),
    include_str!("migrations/0003_kind.sql"),
];

/// The tenant of everything that arrives without a `/t/<tenant>` prefix.
pub const DEFAULT_TENANT: &str = "default";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("intake store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("intake store: {0}")]
    Io(#[from] std::io::Error),
    #[error("intake store written by a newer version (schema {0})")]
    TooNew(i64),
    #[error("intake store lock poisoned")]
    Poisoned,
    #[error("no intake store in {0} (wrong --data-dir, or nothing was ever received there)")]
    Missing(std::path::PathBuf),
    #[error("intake database: {0}")]
    Postgres(#[from] sqlx::Error),
    #[error("no intake schema in that database (wrong --database, or no server ever ran on it)")]
    MissingDatabase,
    #[error("intake store: a background task failed: {0}")]
    Task(String),
}

/// A new submission, verified, ready to be stored.
pub struct NewSubmission {
    pub id: String,
    pub kind: PackageKind,
    /// Who it was sent to: the tenant named by the URL it arrived at.
    pub tenant: String,
    pub idempotency_key: String,
    pub request_sha256: String,
    pub public_key: String,
    pub report_id: String,
    pub manifest_sha256: String,
    pub organisation_json: String,
    pub manifest_json: Vec<u8>,
    pub manifest_sig: Vec<u8>,
    pub report_pdf: Vec<u8>,
    pub report_json: Vec<u8>,
    pub received_at: String,
    pub response_json: String,
}

/// What an earlier request with the same Idempotency-Key left behind.
pub struct IdempotentRecord {
    pub id: String,
    pub tenant: String,
    pub request_sha256: String,
    pub response_json: String,
    /// `received` or `withdrawn`: a replay after a withdrawal must not claim "received".
    pub status: String,
}

/// A stored submission without its (possibly large) files.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StoredSubmission {
    pub id: String,
    /// A readiness report or a claim pack.
    pub kind: PackageKind,
    pub tenant: String,
    pub public_key: String,
    pub report_id: String,
    pub manifest_sha256: String,
    pub organisation: serde_json::Value,
    pub status: String,
    pub received_at: String,
    pub withdrawn_at: Option<String>,
    pub report_pdf_bytes: i64,
    pub report_json_bytes: i64,
}

/// Result of trying to store a submission under an Idempotency-Key.
pub enum InsertOutcome {
    Inserted,
    /// The key was already used; here is what it was used for.
    Existing(IdempotentRecord),
}

#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
}

impl Store {
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(data_dir)?;
        Store::open_file(&data_dir.join(STORE_FILE))
    }

    /// Opens the store in `data_dir` only if one is there: reading commands (`list`) must not
    /// leave an empty store behind a mistyped path and report "0 submissions" as if that were
    /// true.
    pub fn open_existing(data_dir: &Path) -> Result<Store, StoreError> {
        let file = data_dir.join(STORE_FILE);
        if !file.is_file() {
            return Err(StoreError::Missing(data_dir.to_path_buf()));
        }
        Store::open_file(&file)
    }

    fn open_file(file: &Path) -> Result<Store, StoreError> {
        let mut conn = Connection::open(file)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A withdrawal is a deletion request: freed cells and pages are overwritten with zeros
        // instead of lingering in the file until reused. (The WAL is dealt with in `withdraw`.)
        conn.pragma_update(None, "secure_delete", "ON")?;
        migrate(&mut conn)?;
        Ok(Store {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    fn conn(&self) -> Result<std::sync::MutexGuard<'_, Connection>, StoreError> {
        self.conn.lock().map_err(|_| StoreError::Poisoned)
    }

    pub fn find_by_idempotency_key(
        &self,
        key: &str,
    ) -> Result<Option<IdempotentRecord>, StoreError> {
        Ok(self
            .conn()?
            .query_row(
                &format!("{SELECT_IDEMPOTENT} WHERE idempotency_key = ?1"),
                [key],
                read_idempotent,
            )
            .optional()?)
    }

    /// Stores `new` unless its Idempotency-Key is already taken, checked inside the same
    /// transaction so two concurrent requests with one key cannot both insert.
    pub fn insert(&self, new: &NewSubmission) -> Result<InsertOutcome, StoreError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction()?;
        let existing = tx
            .query_row(
                &format!("{SELECT_IDEMPOTENT} WHERE idempotency_key = ?1"),
                [&new.idempotency_key],
                read_idempotent,
            )
            .optional()?;
        if let Some(existing) = existing {
            return Ok(InsertOutcome::Existing(existing));
        }
        tx.execute(
            "INSERT INTO submissions (id, idempotency_key, request_sha256, public_key, report_id,
                 manifest_sha256, organisation, manifest_json, manifest_sig, report_pdf,
                 report_json, status, received_at, response_json, tenant, kind)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'received', ?12, ?13, ?14,
                 ?15)",
            params![
                new.id,
                new.idempotency_key,
                new.request_sha256,
                new.public_key,
                new.report_id,
                new.manifest_sha256,
                new.organisation_json,
                new.manifest_json,
                new.manifest_sig,
                new.report_pdf,
                new.report_json,
                new.received_at,
                new.response_json,
                new.tenant,
                new.kind.as_str(),
            ],
        )?;
        tx.commit()?;
        Ok(InsertOutcome::Inserted)
    }

    pub fn get(&self, id: &str) -> Result<Option<StoredSubmission>, StoreError> {
        Ok(self
            .conn()?
            .query_row(
                &format!("{SELECT_SUMMARY} WHERE id = ?1"),
                [id],
                read_summary,
            )
            .optional()?)
    }

    /// Marks a submission withdrawn and erases its content. Returns false when it was already
    /// withdrawn (the first withdrawal's time stays).
    ///
    /// Erasing takes two steps: `secure_delete` (set at open) zeroes the old cells and overflow
    /// pages in the new page images, and a TRUNCATE checkpoint then writes those images into the
    /// main file and empties the WAL, which still held the frames written when the package
    /// arrived. Without the checkpoint the bytes stay readable in `-wal` until some later
    /// checkpoint happens to reuse those frames.
    pub fn withdraw(&self, id: &str, at: &str) -> Result<bool, StoreError> {
        let conn = self.conn()?;
        let changed = conn.execute(
            "UPDATE submissions SET status = 'withdrawn', withdrawn_at = ?2, organisation = '{}',
                 manifest_json = x'', manifest_sig = x'', report_pdf = x'', report_json = x''
             WHERE id = ?1 AND status = 'received'",
            params![id, at],
        )?;
        checkpoint_truncate(&conn)?;
        Ok(changed == 1)
    }

    /// Everything received, oldest first.
    pub fn list(&self) -> Result<Vec<StoredSubmission>, StoreError> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(&format!("{SELECT_SUMMARY} ORDER BY received_at, id"))?;
        let rows = stmt
            .query_map([], read_summary)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// What `tenant` received, oldest first.
    pub fn list_tenant(&self, tenant: &str) -> Result<Vec<StoredSubmission>, StoreError> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(&format!(
            "{SELECT_SUMMARY} WHERE tenant = ?1 ORDER BY received_at, id"
        ))?;
        let rows = stmt
            .query_map([tenant], read_summary)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    pub fn tenant_exists(&self, tenant: &str) -> Result<bool, StoreError> {
        Ok(self
            .conn()?
            .query_row(
                "SELECT 1 FROM tenants WHERE name = ?1",
                [tenant],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Records a token (by its SHA-256) for `tenant`, creating the tenant if new: one
    /// transaction.
    pub fn create_token(
        &self,
        tenant: &str,
        token_sha256: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT OR IGNORE INTO tenants (name, created_at) VALUES (?1, ?2)",
            params![tenant, at],
        )?;
        tx.execute(
            "INSERT INTO access_tokens (token_sha256, tenant, created_at) VALUES (?1, ?2, ?3)",
            params![token_sha256, tenant, at],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The tenant a token (given by its SHA-256) belongs to.
    pub fn tenant_for_token(&self, token_sha256: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn()?
            .query_row(
                "SELECT tenant FROM access_tokens WHERE token_sha256 = ?1",
                [token_sha256],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The reports of every submission still received (withdrawn ones hold none), for
    /// statistics; of one tenant, or of all.
    pub fn reports(
        &self,
        tenant: Option<&str>,
    ) -> Result<Vec<crate::stats::ReportRow>, StoreError> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(
            "SELECT received_at, public_key, report_json FROM submissions
             WHERE status = 'received' AND kind = 'readiness_report'
                 AND (?1 IS NULL OR tenant = ?1)",
        )?;
        let rows = stmt
            .query_map([tenant], |r| {
                Ok(crate::stats::ReportRow {
                    received_at: r.get(0)?,
                    public_key: r.get(1)?,
                    report_json: r.get(2)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    pub fn count(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn()?
            .query_row("SELECT COUNT(*) FROM submissions", [], |r| r.get(0))?)
    }
}

/// Copies the whole WAL into the main file and truncates it to zero bytes. Another process
/// reading the store (`list`) can keep the WAL busy for a moment, so this retries briefly; the
/// update itself is already committed, and a repeated withdrawal (harmless by protocol) runs
/// the checkpoint again.
fn checkpoint_truncate(conn: &Connection) -> Result<(), StoreError> {
    for attempt in 0..20 {
        // (busy, frames in the WAL, frames checkpointed); busy = 1 means it could not finish.
        let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy == 0 {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(10 * (attempt + 1)));
    }
    Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
        Some("the WAL checkpoint after a withdrawal stayed busy".to_owned()),
    )))
}

const SELECT_IDEMPOTENT: &str =
    "SELECT id, request_sha256, response_json, status, tenant FROM submissions";

fn read_idempotent(r: &rusqlite::Row<'_>) -> rusqlite::Result<IdempotentRecord> {
    Ok(IdempotentRecord {
        id: r.get(0)?,
        request_sha256: r.get(1)?,
        response_json: r.get(2)?,
        status: r.get(3)?,
        tenant: r.get(4)?,
    })
}

const SELECT_SUMMARY: &str = "SELECT id, public_key, report_id, manifest_sha256, organisation,
        status, received_at, withdrawn_at, length(report_pdf), length(report_json), tenant, kind
    FROM submissions";

fn read_summary(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredSubmission> {
    let organisation: String = r.get(4)?;
    Ok(StoredSubmission {
        id: r.get(0)?,
        public_key: r.get(1)?,
        report_id: r.get(2)?,
        manifest_sha256: r.get(3)?,
        organisation: serde_json::from_str(&organisation).unwrap_or_default(),
        status: r.get(5)?,
        received_at: r.get(6)?,
        withdrawn_at: r.get(7)?,
        report_pdf_bytes: r.get(8)?,
        report_json_bytes: r.get(9)?,
        tenant: r.get(10)?,
        kind: PackageKind::parse(&r.get::<_, String>(11)?).unwrap_or_default(),
    })
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    coverready_store::migrate::run(conn, MIGRATIONS).map_err(|e| match e {
        MigrationError::TooNew { found, .. } => StoreError::TooNew(found),
        MigrationError::Sqlite(e) => StoreError::Sqlite(e),
    })
}
