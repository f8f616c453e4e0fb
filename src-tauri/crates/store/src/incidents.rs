//! Incidents and their append-only log. The store keeps rows; the hashes are computed by the
//! caller (coverready-incident) inside the transaction that appends, from the head this store
//! hands it, so two writers can never chain onto the same entry.

use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};

use crate::{OrgId, Store, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct IncidentRow {
    pub id: i64,
    pub org_id: OrgId,
    pub kind: String,
    pub discovered_at: i64,
    pub created_at: i64,
    pub entry_count: i64,
    pub head_hash: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EntryRow {
    pub seq: i64,
    pub at: i64,
    pub who: String,
    pub what: String,
    pub step: Option<String>,
    pub text: String,
    pub evidence_name: Option<String>,
    pub evidence_stored: Option<String>,
    pub evidence_size: Option<i64>,
    pub evidence_sha256: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

/// Where the next entry goes: its number and the hash of the last one (`None` for the first).
#[derive(Debug, Clone, PartialEq)]
pub struct LogHead {
    pub next_seq: i64,
    pub last_hash: Option<String>,
}

fn incident_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<IncidentRow> {
    Ok(IncidentRow {
        id: r.get(0)?,
        org_id: r.get(1)?,
        kind: r.get(2)?,
        discovered_at: r.get(3)?,
        created_at: r.get(4)?,
        entry_count: r.get(5)?,
        head_hash: r.get(6)?,
    })
}

const INCIDENT_COLUMNS: &str =
    "id, org_id, kind, discovered_at, created_at, entry_count, head_hash";

fn append(tx: &Transaction<'_>, incident_id: i64, entry: &EntryRow) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO incident_entry (incident_id, seq, at, who, what, step, text, evidence_name,
                                     evidence_stored, evidence_size, evidence_sha256, prev_hash,
                                     hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            incident_id,
            entry.seq,
            entry.at,
            entry.who,
            entry.what,
            entry.step,
            entry.text,
            entry.evidence_name,
            entry.evidence_stored,
            entry.evidence_size,
            entry.evidence_sha256,
            entry.prev_hash,
            entry.hash,
        ],
    )?;
    tx.execute(
        "UPDATE incident SET entry_count = ?2, head_hash = ?3 WHERE id = ?1",
        params![incident_id, entry.seq, entry.hash],
    )?;
    Ok(())
}

fn head(tx: &Transaction<'_>, incident_id: i64) -> Result<Option<LogHead>, StoreError> {
    Ok(tx
        .query_row(
            "SELECT entry_count, head_hash FROM incident WHERE id = ?1",
            [incident_id],
            |r| {
                let count: i64 = r.get(0)?;
                let hash: String = r.get(1)?;
                Ok(LogHead {
                    next_seq: count + 1,
                    last_hash: (count > 0).then_some(hash),
                })
            },
        )
        .optional()?)
}

impl Store {
    /// Creates an incident and its first entry (built from the head) in one transaction.
    pub fn insert_incident(
        &mut self,
        org_id: OrgId,
        kind: &str,
        discovered_at: i64,
        created_at: i64,
        first: impl FnOnce(i64, &LogHead) -> EntryRow,
    ) -> Result<IncidentRow, StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO incident (org_id, kind, discovered_at, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![org_id, kind, discovered_at, created_at],
        )?;
        let id = tx.last_insert_rowid();
        let entry = first(
            id,
            &LogHead {
                next_seq: 1,
                last_hash: None,
            },
        );
        append(&tx, id, &entry)?;
        let row = tx.query_row(
            &format!("SELECT {INCIDENT_COLUMNS} FROM incident WHERE id = ?1"),
            [id],
            incident_from,
        )?;
        tx.commit()?;
        Ok(row)
    }

    /// Appends the entry `build` makes from the current head, in one transaction with the head's
    /// update. `None` if there is no such incident.
    pub fn append_incident_entry(
        &mut self,
        incident_id: i64,
        build: impl FnOnce(&LogHead) -> EntryRow,
    ) -> Result<Option<EntryRow>, StoreError> {
        // Immediate: the head is read under the write lock, so no other writer appends between.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let Some(head) = head(&tx, incident_id)? else {
            return Ok(None);
        };
        let entry = build(&head);
        append(&tx, incident_id, &entry)?;
        tx.commit()?;
        Ok(Some(entry))
    }

    pub fn incident(&self, id: i64) -> Result<Option<IncidentRow>, StoreError> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {INCIDENT_COLUMNS} FROM incident WHERE id = ?1"),
                [id],
                incident_from,
            )
            .optional()?)
    }

    pub fn incidents(&self, org_id: OrgId) -> Result<Vec<IncidentRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {INCIDENT_COLUMNS} FROM incident WHERE org_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt
            .query_map([org_id], incident_from)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// The log in stored order (by number).
    pub fn incident_entries(&self, incident_id: i64) -> Result<Vec<EntryRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, at, who, what, step, text, evidence_name, evidence_stored, evidence_size,
                    evidence_sha256, prev_hash, hash
             FROM incident_entry WHERE incident_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt
            .query_map([incident_id], |r| {
                Ok(EntryRow {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    who: r.get(2)?,
                    what: r.get(3)?,
                    step: r.get(4)?,
                    text: r.get(5)?,
                    evidence_name: r.get(6)?,
                    evidence_stored: r.get(7)?,
                    evidence_size: r.get(8)?,
                    evidence_sha256: r.get(9)?,
                    prev_hash: r.get(10)?,
                    hash: r.get(11)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PolicyRow, ProfileMap};

    fn entry(head: &LogHead, text: &str) -> EntryRow {
        EntryRow {
            seq: head.next_seq,
            at: 100 + head.next_seq,
            who: "owner".into(),
            what: "note".into(),
            step: None,
            text: text.into(),
            evidence_name: None,
            evidence_stored: None,
            evidence_size: None,
            evidence_sha256: None,
            prev_hash: head.last_hash.clone().unwrap_or_default(),
            hash: format!("h{}", head.next_seq),
        }
    }

    #[test]
    fn entries_chain_onto_the_head_and_cannot_be_updated() {
        let mut store = Store::open_in_memory().unwrap();
        let org = store.insert_org("Firm", &ProfileMap::new()).unwrap().id;
        let incident = store
            .insert_incident(org, "ransomware", 10, 20, |_, h| entry(h, "started"))
            .unwrap();
        assert_eq!(incident.entry_count, 1);
        assert_eq!(incident.head_hash, "h1");
        let second = store
            .append_incident_entry(incident.id, |h| entry(h, "note"))
            .unwrap()
            .unwrap();
        assert_eq!(second.seq, 2);
        assert_eq!(second.prev_hash, "h1");
        assert_eq!(store.incident(incident.id).unwrap().unwrap().entry_count, 2);
        assert_eq!(store.incident_entries(incident.id).unwrap().len(), 2);
        assert!(store
            .append_incident_entry(999, |h| entry(h, "x"))
            .unwrap()
            .is_none());
        let updated = store
            .conn
            .execute("UPDATE incident_entry SET text = 'x' WHERE seq = 1", []);
        assert!(updated.is_err(), "the log is append-only");
    }

    #[test]
    fn a_failed_append_changes_neither_the_log_nor_the_head() {
        let mut store = Store::open_in_memory().unwrap();
        let org = store.insert_org("Firm", &ProfileMap::new()).unwrap().id;
        let incident = store
            .insert_incident(org, "website", 10, 20, |_, h| entry(h, "started"))
            .unwrap();
        // An entry that reuses number 1 is refused by the key; the head stays where it was.
        let clash = store.append_incident_entry(incident.id, |h| EntryRow {
            seq: 1,
            ..entry(h, "clash")
        });
        assert!(clash.is_err());
        let kept = store.incident(incident.id).unwrap().unwrap();
        assert_eq!((kept.entry_count, kept.head_hash.as_str()), (1, "h1"));
        assert_eq!(store.incident_entries(incident.id).unwrap().len(), 1);
    }

    #[test]
    fn a_policy_and_its_limits_are_saved_together() {
        let mut store = Store::open_in_memory().unwrap();
        let org = store.insert_org("Firm", &ProfileMap::new()).unwrap().id;
        assert_eq!(store.policy(org).unwrap(), None);
        let mut policy = PolicyRow {
            insurer: Some("I".into()),
            notice_hours: Some(48),
            limits: vec![("a".into(), 1.0), ("b".into(), 2.0)],
            ..PolicyRow::default()
        };
        store.save_policy(org, &policy).unwrap();
        assert_eq!(store.policy(org).unwrap().as_ref(), Some(&policy));
        policy.limits.pop();
        store.save_policy(org, &policy).unwrap();
        assert_eq!(store.policy(org).unwrap().unwrap().limits.len(), 1);
        // A refused limit (negative) rolls back the whole write.
        let bad = PolicyRow {
            insurer: Some("changed".into()),
            limits: vec![("a".into(), -1.0)],
            ..policy.clone()
        };
        assert!(store.save_policy(org, &bad).is_err());
        assert_eq!(store.policy(org).unwrap().as_ref(), Some(&policy));
    }
}
