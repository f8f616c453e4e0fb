//! The policy of an organisation: one row and its limits, written together.

use rusqlite::{params, OptionalExtension};

use crate::{OrgId, Store, StoreError};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicyRow {
    pub insurer: Option<String>,
    pub policy_number: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub retention: Option<f64>,
    pub hotline: Option<String>,
    pub notice_hours: Option<u32>,
    pub broker: Option<String>,
    /// (cover type, amount), in cover order.
    pub limits: Vec<(String, f64)>,
    pub updated_at: i64,
}

impl Store {
    pub fn policy(&self, org_id: OrgId) -> Result<Option<PolicyRow>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT insurer, policy_number, start_date, end_date, retention, hotline,
                        notice_hours, broker, updated_at
                 FROM policy WHERE org_id = ?1",
                [org_id],
                |r| {
                    Ok(PolicyRow {
                        insurer: r.get(0)?,
                        policy_number: r.get(1)?,
                        start_date: r.get(2)?,
                        end_date: r.get(3)?,
                        retention: r.get(4)?,
                        hotline: r.get(5)?,
                        notice_hours: r.get(6)?,
                        broker: r.get(7)?,
                        limits: Vec::new(),
                        updated_at: r.get(8)?,
                    })
                },
            )
            .optional()?;
        let Some(mut row) = row else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare("SELECT cover, amount FROM policy_limit WHERE org_id = ?1 ORDER BY cover")?;
        row.limits = stmt
            .query_map([org_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(Some(row))
    }

    /// Replaces the organisation's policy and all its limits in one transaction.
    pub fn save_policy(&mut self, org_id: OrgId, policy: &PolicyRow) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO policy (org_id, insurer, policy_number, start_date, end_date, retention,
                                 hotline, notice_hours, broker, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (org_id) DO UPDATE SET
                insurer = excluded.insurer, policy_number = excluded.policy_number,
                start_date = excluded.start_date, end_date = excluded.end_date,
                retention = excluded.retention, hotline = excluded.hotline,
                notice_hours = excluded.notice_hours, broker = excluded.broker,
                updated_at = excluded.updated_at",
            params![
                org_id,
                policy.insurer,
                policy.policy_number,
                policy.start_date,
                policy.end_date,
                policy.retention,
                policy.hotline,
                policy.notice_hours,
                policy.broker,
                policy.updated_at,
            ],
        )?;
        tx.execute("DELETE FROM policy_limit WHERE org_id = ?1", [org_id])?;
        for (cover, amount) in &policy.limits {
            tx.execute(
                "INSERT INTO policy_limit (org_id, cover, amount) VALUES (?1, ?2, ?3)",
                params![org_id, cover, amount],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
