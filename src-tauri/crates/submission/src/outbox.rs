//! The outbox: a small SQLite file of its own (`outbox.sqlite3` in the data directory) so that a
//! submission queued while offline is sent when the network is back, survives restarts, and is sent
//! at most once per idempotency key whatever happens in between. WAL, forward-only migrations,
//! every multi-row write in one transaction, like the main store.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use coverready_store::migrate::MigrationError;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::client::{Acknowledgement, Client};
use crate::consent::ConsentRecord;
use crate::encoding::{hex_lower, now_rfc3339};
use crate::package::{FileDigest, Package};
use crate::protocol::{PackageKind, SignedReceipt};
use crate::signing::Installation;
use crate::SubmissionError;

pub const OUTBOX_FILE: &str = "outbox.sqlite3";

const MIGRATIONS: &[&str] = &[
    include_str!("outbox_migrations/0001_outbox.sql"),
    include_str!("outbox_migrations/0002_kind.sql"),
];
pub const OUTBOX_SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub type SubmissionId = i64;

/// Where a submission stands, as the outbox knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "submission.ts")]
pub enum SubmissionState {
    /// Queued; sent on the next flush.
    Pending,
    /// The platform acknowledged it with a verified receipt.
    Accepted,
    /// The platform refused it finally (the reason is in `last_error_*`).
    Rejected,
    /// Withdrawn before it was ever sent.
    Cancelled,
    /// Withdrawn after it was accepted; the platform acknowledged the deletion request.
    Withdrawn,
}

impl SubmissionState {
    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionState::Pending => "pending",
            SubmissionState::Accepted => "accepted",
            SubmissionState::Rejected => "rejected",
            SubmissionState::Cancelled => "cancelled",
            SubmissionState::Withdrawn => "withdrawn",
        }
    }

    fn parse(text: &str) -> SubmissionState {
        match text {
            "accepted" => SubmissionState::Accepted,
            "rejected" => SubmissionState::Rejected,
            "cancelled" => SubmissionState::Cancelled,
            "withdrawn" => SubmissionState::Withdrawn,
            _ => SubmissionState::Pending,
        }
    }
}

/// One row of `submissions [--org ID]` and of the apply-for-cover screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "submission.ts")]
pub struct SubmissionStatusRow {
    pub id: SubmissionId,
    /// A readiness report or a claim pack.
    pub kind: PackageKind,
    pub org_id: i64,
    pub destination_url: String,
    pub report_id: String,
    pub state: SubmissionState,
    pub attempts: i64,
    pub last_error_code: Option<String>,
    pub last_error_data: Option<std::collections::BTreeMap<String, String>>,
    /// The platform's id for the submission, once acknowledged.
    pub remote_id: Option<String>,
    /// The platform's last reported status (`received`, `withdrawn`).
    pub remote_status: Option<String>,
    pub receipt: Option<SignedReceipt>,
    pub receipt_key_fingerprint: Option<String>,
    pub queued_at: String,
    pub last_attempt_at: Option<String>,
    pub acknowledged_at: Option<String>,
    pub consent: ConsentRecord,
}

/// What one flush did with one submission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub id: SubmissionId,
    pub state: SubmissionState,
    pub remote_id: Option<String>,
    /// Set when the submission was refused (state `rejected`) or is still pending after an error.
    pub error_code: Option<String>,
    pub error_data: Option<std::collections::BTreeMap<String, String>>,
}

pub struct Outbox {
    conn: Mutex<Connection>,
    path: PathBuf,
}

impl Outbox {
    /// Opens (creating if needed) `outbox.sqlite3` in `data_dir` and brings its schema up to date.
    pub fn open(data_dir: &Path) -> Result<Outbox, SubmissionError> {
        let path = data_dir.join(OUTBOX_FILE);
        // Made 0600 in a 0700 folder (or checked: a regular file of this user, not a link)
        // before SQLite opens it; its -wal and -shm files take the main file's mode.
        coverready_files::ensure_private_file(&path).map_err(|e| SubmissionError::outbox_io(&e))?;
        let mut conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NOFOLLOW
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // NORMAL is durable across application crashes in WAL mode.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&mut conn)?;
        Ok(Outbox {
            conn: Mutex::new(conn),
            path,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn conn(&self) -> Result<MutexGuard<'_, Connection>, SubmissionError> {
        self.conn
            .lock()
            .map_err(|_| SubmissionError::outbox("outbox lock poisoned"))
    }

    /// Queues `package` for the destination named in `consent`. Refused, with nothing stored,
    /// unless the consent names exactly this package and destination.
    pub fn enqueue(
        &self,
        org_id: i64,
        package: &Package,
        consent: Option<&ConsentRecord>,
    ) -> Result<SubmissionId, SubmissionError> {
        let consent = consent.ok_or(SubmissionError::ConsentMissing)?;
        consent.check(package)?;
        let mut key = [0u8; 16];
        getrandom::fill(&mut key).map_err(SubmissionError::outbox)?;
        let idempotency_key = hex_lower(&key);
        let mut conn = self.conn()?;
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO submissions (org_id, destination_url, destination_identity,
                 idempotency_key, report_id, manifest_sha256, manifest_json, manifest_sig,
                 report_pdf, report_json, queued_at, kind)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                org_id,
                consent.destination_url,
                consent.destination_identity,
                idempotency_key,
                package.report_id(),
                package.manifest_sha256(),
                package.manifest_json(),
                package.manifest_sig(),
                package.report_pdf(),
                package.report_json(),
                now_rfc3339(),
                package.kind().as_str(),
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO consents (submission_id, destination_url, destination_identity,
                 fields_shared, files, consented_at, text_version)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                id,
                consent.destination_url,
                consent.destination_identity,
                to_json(&consent.fields_shared),
                to_json(&consent.files),
                consent.consented_at,
                consent.text_version,
            ],
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Sends every pending submission, oldest first. A transient failure leaves it pending for the
    /// next flush; a final refusal marks it rejected. Returns what happened to each.
    pub async fn flush(&self, client: &Client) -> Result<Vec<Outcome>, SubmissionError> {
        let pending: Vec<SubmissionId> = {
            let conn = self.conn()?;
            let mut stmt =
                conn.prepare("SELECT id FROM submissions WHERE state = 'pending' ORDER BY id")?;
            let ids = stmt
                .query_map([], |r| r.get(0))?
                .collect::<Result<Vec<_>, _>>()?;
            ids
        };
        let mut outcomes = Vec::with_capacity(pending.len());
        for id in pending {
            outcomes.push(self.send_one(id, client).await?);
        }
        Ok(outcomes)
    }

    /// Sends one pending submission (the lock is not held across the network).
    pub async fn send_one(
        &self,
        id: SubmissionId,
        client: &Client,
    ) -> Result<Outcome, SubmissionError> {
        let (package, consent, idempotency_key, state) = self.load_for_sending(id)?;
        if state != SubmissionState::Pending {
            return Err(SubmissionError::InvalidState {
                id,
                state: state.as_str().to_owned(),
            });
        }
        let result = client.submit(&package, &consent, &idempotency_key).await;
        let conn = self.conn()?;
        let now = now_rfc3339();
        match result {
            Ok(ack) => {
                // The platform may answer with the submission's current state: withdrawn, when
                // this package was sent and withdrawn before (from another copy of this folder).
                let state = if ack.status.status == "withdrawn" {
                    SubmissionState::Withdrawn
                } else {
                    SubmissionState::Accepted
                };
                conn.execute(
                    "UPDATE submissions SET state = ?7, attempts = attempts + 1,
                         remote_id = ?2, remote_status = ?3, receipt_json = ?4,
                         receipt_key_fingerprint = ?5, last_error_code = NULL,
                         last_error_data = NULL, last_attempt_at = ?6, acknowledged_at = ?6
                     WHERE id = ?1",
                    params![
                        id,
                        ack.status.submission_id,
                        ack.status.status,
                        to_json(&ack.status.receipt),
                        ack.receipt_key_fingerprint,
                        now,
                        state.as_str(),
                    ],
                )?;
                Ok(Outcome {
                    id,
                    state,
                    remote_id: Some(ack.status.submission_id),
                    error_code: None,
                    error_data: None,
                })
            }
            Err(error) => {
                let state = if error.is_transient() {
                    SubmissionState::Pending
                } else {
                    SubmissionState::Rejected
                };
                conn.execute(
                    "UPDATE submissions SET state = ?2, attempts = attempts + 1,
                         last_error_code = ?3, last_error_data = ?4, last_attempt_at = ?5
                     WHERE id = ?1",
                    params![
                        id,
                        state.as_str(),
                        error.code(),
                        to_json(&error.data()),
                        now
                    ],
                )?;
                Ok(Outcome {
                    id,
                    state,
                    remote_id: None,
                    error_code: Some(error.code().to_owned()),
                    error_data: Some(error.data()),
                })
            }
        }
    }

    /// Every submission, newest first, optionally for one organisation.
    pub fn list(&self, org_id: Option<i64>) -> Result<Vec<SubmissionStatusRow>, SubmissionError> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(&format!(
            "{ROW_SELECT} WHERE (?1 IS NULL OR s.org_id = ?1) ORDER BY s.id DESC"
        ))?;
        let rows = stmt
            .query_map([org_id], read_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    pub fn get(&self, id: SubmissionId) -> Result<SubmissionStatusRow, SubmissionError> {
        let conn = self.conn()?;
        conn.query_row(&format!("{ROW_SELECT} WHERE s.id = ?1"), [id], read_row)
            .optional()?
            .ok_or(SubmissionError::NotFound { id })
    }

    /// Asks the platform for the status of an accepted submission and records it.
    pub async fn refresh_status(
        &self,
        id: SubmissionId,
        client: &Client,
    ) -> Result<SubmissionStatusRow, SubmissionError> {
        let row = self.get(id)?;
        let (remote_id, manifest_sha256) = self.remote_ref(&row)?;
        let ack = client
            .status(&row.consent.destination(), &remote_id, &manifest_sha256)
            .await?;
        self.check_receipt_key(&row, &ack)?;
        let state = if ack.status.status == "withdrawn" {
            SubmissionState::Withdrawn
        } else {
            row.state
        };
        self.conn()?.execute(
            "UPDATE submissions SET remote_status = ?2, state = ?3 WHERE id = ?1",
            params![id, ack.status.status, state.as_str()],
        )?;
        self.get(id)
    }

    /// Withdraws a submission: cancelled locally if it was never sent, otherwise a signed deletion
    /// request the platform must acknowledge with a receipt.
    pub async fn withdraw(
        &self,
        id: SubmissionId,
        client: &Client,
        installation: &Installation,
    ) -> Result<SubmissionStatusRow, SubmissionError> {
        let row = self.get(id)?;
        match row.state {
            SubmissionState::Pending => {
                // Only cancel if it is still pending now: a concurrent flush may have sent it.
                let changed = self.conn()?.execute(
                    "UPDATE submissions SET state = 'cancelled' WHERE id = ?1 AND state = 'pending'",
                    [id],
                )?;
                if changed == 1 {
                    return self.get(id);
                }
                return Err(SubmissionError::InvalidState {
                    id,
                    state: self.get(id)?.state.as_str().to_owned(),
                });
            }
            SubmissionState::Accepted | SubmissionState::Withdrawn => {}
            other => {
                return Err(SubmissionError::InvalidState {
                    id,
                    state: other.as_str().to_owned(),
                })
            }
        }
        let (remote_id, manifest_sha256) = self.remote_ref(&row)?;
        let ack = client
            .withdraw(
                &row.consent.destination(),
                &remote_id,
                &manifest_sha256,
                installation,
            )
            .await?;
        self.check_receipt_key(&row, &ack)?;
        self.conn()?.execute(
            "UPDATE submissions SET state = 'withdrawn', remote_status = ?2,
                 withdrawal_receipt_json = ?3 WHERE id = ?1",
            params![id, ack.status.status, to_json(&ack.status.receipt)],
        )?;
        self.get(id)
    }

    fn remote_ref(&self, row: &SubmissionStatusRow) -> Result<(String, String), SubmissionError> {
        let remote_id = row.remote_id.clone().ok_or(SubmissionError::InvalidState {
            id: row.id,
            state: row.state.as_str().to_owned(),
        })?;
        let manifest_sha256: String = self.conn()?.query_row(
            "SELECT manifest_sha256 FROM submissions WHERE id = ?1",
            [row.id],
            |r| r.get(0),
        )?;
        Ok((remote_id, manifest_sha256))
    }

    /// Later receipts must come from the key that signed the first one.
    fn check_receipt_key(
        &self,
        row: &SubmissionStatusRow,
        ack: &Acknowledgement,
    ) -> Result<(), SubmissionError> {
        match &row.receipt_key_fingerprint {
            Some(known) if *known != ack.receipt_key_fingerprint => {
                Err(SubmissionError::ReceiptInvalid {
                    detail: "the platform's receipt key changed".to_owned(),
                })
            }
            _ => Ok(()),
        }
    }

    fn load_for_sending(
        &self,
        id: SubmissionId,
    ) -> Result<(Package, ConsentRecord, String, SubmissionState), SubmissionError> {
        let row = self.get(id)?;
        let conn = self.conn()?;
        let (manifest_json, manifest_sig, report_pdf, report_json, key): (
            Vec<u8>,
            Vec<u8>,
            Vec<u8>,
            Vec<u8>,
            String,
        ) = conn.query_row(
            "SELECT manifest_json, manifest_sig, report_pdf, report_json, idempotency_key
             FROM submissions WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        let package = Package::from_parts(manifest_json, manifest_sig, report_pdf, report_json)?;
        Ok((package, row.consent, key, row.state))
    }
}

const ROW_SELECT: &str = "SELECT s.id, s.org_id, s.destination_url, s.report_id, s.state,
        s.attempts, s.last_error_code, s.last_error_data, s.remote_id, s.remote_status,
        s.receipt_json, s.receipt_key_fingerprint, s.queued_at, s.last_attempt_at,
        s.acknowledged_at, c.destination_url, c.destination_identity, c.fields_shared, c.files,
        c.consented_at, c.text_version, s.kind
    FROM submissions s JOIN consents c ON c.submission_id = s.id";

fn read_row(r: &Row<'_>) -> rusqlite::Result<SubmissionStatusRow> {
    let state: String = r.get(4)?;
    let error_data: Option<String> = r.get(7)?;
    let receipt: Option<String> = r.get(10)?;
    let fields: String = r.get(17)?;
    let files: String = r.get(18)?;
    let kind: String = r.get(21)?;
    Ok(SubmissionStatusRow {
        id: r.get(0)?,
        kind: PackageKind::parse(&kind).unwrap_or_default(),
        org_id: r.get(1)?,
        destination_url: r.get(2)?,
        report_id: r.get(3)?,
        state: SubmissionState::parse(&state),
        attempts: r.get(5)?,
        last_error_code: r.get(6)?,
        last_error_data: error_data.and_then(|d| serde_json::from_str(&d).ok()),
        remote_id: r.get(8)?,
        remote_status: r.get(9)?,
        receipt: receipt.and_then(|d| serde_json::from_str(&d).ok()),
        receipt_key_fingerprint: r.get(11)?,
        queued_at: r.get(12)?,
        last_attempt_at: r.get(13)?,
        acknowledged_at: r.get(14)?,
        consent: ConsentRecord {
            destination_url: r.get(15)?,
            destination_identity: r.get(16)?,
            fields_shared: serde_json::from_str(&fields).unwrap_or_default(),
            files: serde_json::from_str::<Vec<FileDigest>>(&files).unwrap_or_default(),
            consented_at: r.get(19)?,
            text_version: r.get(20)?,
        },
    })
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn migrate(conn: &mut Connection) -> Result<(), SubmissionError> {
    coverready_store::migrate::run(conn, MIGRATIONS).map_err(|e| match e {
        MigrationError::TooNew { found, supported } => {
            SubmissionError::OutboxTooNew { found, supported }
        }
        MigrationError::Sqlite(e) => SubmissionError::from(e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consent::Destination;
    use crate::package::{build_package, PackageInput};

    /// An outbox that cannot grow (SQLite's real SQLITE_FULL, made here by capping its pages)
    /// says the disk is full, in the owner's words, rather than "the system gave no reason".
    #[test]
    fn a_full_outbox_says_the_disk_is_full() {
        let dir = tempfile::tempdir().unwrap();
        let installation = Installation::load_or_create(dir.path()).unwrap();
        let outbox = Outbox::open(dir.path()).unwrap();
        {
            let conn = outbox.conn().unwrap();
            let pages: i64 = conn
                .query_row("PRAGMA page_count", [], |r| r.get(0))
                .unwrap();
            conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
                .unwrap();
        }
        let package = build_package(
            PackageInput {
                kind: Default::default(),
                report_pdf: vec![b'x'; 64 * 1024],
                report_json: b"{}".to_vec(),
                report_id: "rpt-full".to_owned(),
                org_fields: Default::default(),
                readiness_summary: serde_json::json!({}),
                app_version: "0.1.0".to_owned(),
            },
            &installation,
            std::time::SystemTime::now(),
        )
        .unwrap();
        let destination = Destination {
            url: "http://127.0.0.1:9".to_owned(),
            tls_identity: "loopback-http".to_owned(),
        };
        let consent = ConsentRecord::for_package(&package, &destination);
        let e = outbox.enqueue(1, &package, Some(&consent)).unwrap_err();
        assert_eq!(e.code(), "outbox_store");
        assert_eq!(e.data()["cause"], "storage_full", "{e}");
        assert!(outbox.list(None).unwrap().is_empty());
    }
}
