//! Stored scans (whole reports as JSON) and the owner's "keep my answer" decisions.

use rusqlite::{params, OptionalExtension};

use crate::{OrgId, Store, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct ScanRow {
    pub id: i64,
    pub org_id: Option<OrgId>,
    /// "local" or "domain".
    pub kind: String,
    pub target: String,
    pub started_at: String,
    pub duration_ms: i64,
    pub report: serde_json::Value,
}

const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

impl Store {
    pub fn insert_scan(
        &mut self,
        org_id: Option<OrgId>,
        kind: &str,
        target: &str,
        duration_ms: i64,
        report: &serde_json::Value,
    ) -> Result<i64, StoreError> {
        self.conn.execute(
            &format!(
                "INSERT INTO scan_run (org_id, kind, target, started_at, duration_ms, report)
                 VALUES (?1, ?2, ?3, {NOW}, ?4, ?5)"
            ),
            params![org_id, kind, target, duration_ms, report.to_string()],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The newest scan of a kind for an organisation.
    pub fn latest_scan(&self, org_id: OrgId, kind: &str) -> Result<Option<ScanRow>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, org_id, kind, target, started_at, duration_ms, report FROM scan_run
                 WHERE org_id = ?1 AND kind = ?2 ORDER BY id DESC LIMIT 1",
                params![org_id, kind],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, Option<i64>>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, i64>(5)?,
                        r.get::<_, String>(6)?,
                    ))
                },
            )
            .optional()?;
        row.map(
            |(id, org_id, kind, target, started_at, duration_ms, json)| {
                let report = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt {
                    path: self.path.clone().unwrap_or_default(),
                    detail: format!("scan {id}: {e}"),
                })?;
                Ok(ScanRow {
                    id,
                    org_id,
                    kind,
                    target,
                    started_at,
                    duration_ms,
                    report,
                })
            },
        )
        .transpose()
    }

    /// Records (or, with `value: None`, withdraws) the owner's decision to keep an answer that a
    /// scan contradicts.
    pub fn set_kept_answer(
        &mut self,
        org_id: OrgId,
        question_id: &str,
        value: Option<&str>,
    ) -> Result<(), StoreError> {
        match value {
            Some(value) => self.conn.execute(
                &format!(
                    "INSERT INTO kept_answer (org_id, question_id, value, decided_at) VALUES (?1, ?2, ?3, {NOW})
                     ON CONFLICT (org_id, question_id) DO UPDATE SET value = excluded.value, decided_at = excluded.decided_at"
                ),
                params![org_id, question_id, value],
            )?,
            None => self.conn.execute(
                "DELETE FROM kept_answer WHERE org_id = ?1 AND question_id = ?2",
                params![org_id, question_id],
            )?,
        };
        Ok(())
    }

    /// (question id, answer value kept) for every "keep my answer" decision of an organisation.
    pub fn kept_answers(&self, org_id: OrgId) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT question_id, value FROM kept_answer WHERE org_id = ?1 ORDER BY question_id",
        )?;
        let rows = stmt
            .query_map([org_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}
