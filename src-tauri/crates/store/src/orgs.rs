use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension, Transaction};

use crate::{Store, StoreError};

pub type OrgId = i64;

/// Profile answers keyed by field id; values are JSON scalars (bool, number or string).
pub type ProfileMap = BTreeMap<String, serde_json::Value>;

#[derive(Debug, Clone, PartialEq)]
pub struct OrgRow {
    pub id: OrgId,
    pub name: String,
    pub profile: ProfileMap,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileWrite {
    Merge,
    Replace,
}

/// SQLite's clock, in RFC 3339 UTC with milliseconds, so every timestamp has one format.
const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

impl Store {
    /// Creates an organisation with its profile in one transaction.
    pub fn insert_org(&mut self, name: &str, profile: &ProfileMap) -> Result<OrgRow, StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            &format!(
                "INSERT INTO organisation (name, created_at, updated_at) VALUES (?1, {NOW}, {NOW})"
            ),
            [name],
        )?;
        let id = tx.last_insert_rowid();
        write_profile(&tx, id, profile)?;
        tx.commit()?;
        self.org(id)
    }

    /// Renames (when `name` is given) and writes profile values, in one transaction. With
    /// [`ProfileWrite::Merge`] other stored values are kept; with [`ProfileWrite::Replace`] the
    /// profile becomes exactly `profile`.
    pub fn update_org(
        &mut self,
        id: OrgId,
        name: Option<&str>,
        profile: &ProfileMap,
        mode: ProfileWrite,
    ) -> Result<OrgRow, StoreError> {
        let tx = self.conn.transaction()?;
        let changed = match name {
            Some(name) => tx.execute(
                &format!("UPDATE organisation SET name = ?2, updated_at = {NOW} WHERE id = ?1"),
                params![id, name],
            )?,
            None => tx.execute(
                &format!("UPDATE organisation SET updated_at = {NOW} WHERE id = ?1"),
                [id],
            )?,
        };
        if changed == 0 {
            return Err(StoreError::OrgNotFound(id));
        }
        if mode == ProfileWrite::Replace {
            tx.execute("DELETE FROM profile_value WHERE org_id = ?1", [id])?;
        }
        write_profile(&tx, id, profile)?;
        tx.commit()?;
        self.org(id)
    }

    /// Removes profile answers (back to "not answered yet").
    pub fn clear_profile_fields(&mut self, id: OrgId, fields: &[&str]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        ensure_org(&tx, id)?;
        for field in fields {
            tx.execute(
                "DELETE FROM profile_value WHERE org_id = ?1 AND field = ?2",
                params![id, field],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Deletes an organisation and everything that belongs to it (foreign keys cascade).
    pub fn delete_org(&mut self, id: OrgId) -> Result<(), StoreError> {
        let changed = self
            .conn
            .execute("DELETE FROM organisation WHERE id = ?1", [id])?;
        if changed == 0 {
            return Err(StoreError::OrgNotFound(id));
        }
        Ok(())
    }

    pub fn org(&self, id: OrgId) -> Result<OrgRow, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {ORG_COLUMNS} FROM organisation WHERE id = ?1"),
                [id],
                org_without_profile,
            )
            .optional()?
            .ok_or(StoreError::OrgNotFound(id))?;
        let mut rows = vec![row];
        self.fill_profiles(&mut rows)?;
        Ok(rows.remove(0))
    }

    /// All organisations, ordered by name then id, each with its profile.
    pub fn orgs(&self) -> Result<Vec<OrgRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ORG_COLUMNS} FROM organisation ORDER BY name COLLATE NOCASE, id"
        ))?;
        let mut rows = stmt
            .query_map([], org_without_profile)?
            .collect::<Result<Vec<_>, _>>()?;
        self.fill_profiles(&mut rows)?;
        Ok(rows)
    }

    fn fill_profiles(&self, rows: &mut [OrgRow]) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT field, value FROM profile_value WHERE org_id = ?1")?;
        for row in rows.iter_mut() {
            let values = stmt.query_map([row.id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?;
            for value in values {
                let (field, json) = value?;
                // The CHECK constraint keeps this valid JSON; a hand-edited file that breaks it is
                // damage, and reported as such rather than silently dropped.
                let parsed = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt {
                    path: self.path.clone().unwrap_or_default(),
                    detail: format!("profile value {field}: {e}"),
                })?;
                row.profile.insert(field, parsed);
            }
        }
        Ok(())
    }
}

const ORG_COLUMNS: &str = "id, name, created_at, updated_at";

/// An organisation row read with [`ORG_COLUMNS`]; its profile is filled in afterwards.
fn org_without_profile(r: &rusqlite::Row<'_>) -> rusqlite::Result<OrgRow> {
    Ok(OrgRow {
        id: r.get(0)?,
        name: r.get(1)?,
        profile: ProfileMap::new(),
        created_at: r.get(2)?,
        updated_at: r.get(3)?,
    })
}

pub(crate) fn write_profile(
    tx: &Transaction<'_>,
    id: OrgId,
    profile: &ProfileMap,
) -> Result<(), StoreError> {
    let mut stmt = tx.prepare_cached(&format!(
        "INSERT INTO profile_value (org_id, field, value, updated_at) VALUES (?1, ?2, ?3, {NOW})
         ON CONFLICT (org_id, field) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
    ))?;
    for (field, value) in profile {
        stmt.execute(params![id, field, value.to_string()])?;
    }
    Ok(())
}

fn ensure_org(tx: &Transaction<'_>, id: OrgId) -> Result<(), StoreError> {
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM organisation WHERE id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(StoreError::OrgNotFound(id))
    }
}
