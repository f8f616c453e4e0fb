//! Assessments and their answers. Values are stored as the checklist's snake_case answer ids;
//! validating them against the content pack is the caller's job.

use rusqlite::{params, OptionalExtension, Row};

use crate::{OrgId, Store, StoreError};

pub type AssessmentId = i64;

#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentRow {
    pub id: AssessmentId,
    pub org_id: OrgId,
    pub pack_id: String,
    pub pack_version: String,
    /// "full" or "quick".
    pub mode: String,
    pub based_on: Option<AssessmentId>,
    pub started_at: String,
    pub updated_at: String,
    /// The content pack version it was answered under (`None`: from before content packs).
    pub content_version: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRow {
    pub question_id: String,
    pub value: String,
    pub note: Option<String>,
    pub evidence: Option<String>,
    pub answered_at: String,
}

/// One answer to write.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerWrite<'a> {
    pub question_id: &'a str,
    pub value: &'a str,
    pub note: Option<&'a str>,
    pub evidence: Option<&'a str>,
}

const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

fn assessment_from(r: &Row<'_>) -> rusqlite::Result<AssessmentRow> {
    Ok(AssessmentRow {
        id: r.get(0)?,
        org_id: r.get(1)?,
        pack_id: r.get(2)?,
        pack_version: r.get(3)?,
        mode: r.get(4)?,
        based_on: r.get(5)?,
        started_at: r.get(6)?,
        updated_at: r.get(7)?,
        content_version: r.get(8)?,
    })
}

const ASSESSMENT_COLUMNS: &str =
    "id, org_id, pack_id, pack_version, mode, based_on, started_at, updated_at, content_version";

impl Store {
    /// Starts a new assessment for an organisation under `content_version`. When it has an
    /// earlier one, the new one starts from a copy of its answers to the questions in `carry`
    /// (the earlier one stays as it was, with every answer). One transaction.
    pub fn start_assessment(
        &mut self,
        org_id: OrgId,
        pack_id: &str,
        pack_version: &str,
        content_version: &str,
        mode: &str,
        carry: &[&str],
    ) -> Result<AssessmentRow, StoreError> {
        let previous = self.latest_assessment(org_id)?;
        let tx = self.conn.transaction()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM organisation WHERE id = ?1)",
            [org_id],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(StoreError::OrgNotFound(org_id));
        }
        tx.execute(
            &format!(
                "INSERT INTO assessment
                     (org_id, pack_id, pack_version, mode, based_on, started_at, updated_at, content_version)
                 VALUES (?1, ?2, ?3, ?4, ?5, {NOW}, {NOW}, ?6)"
            ),
            params![
                org_id,
                pack_id,
                pack_version,
                mode,
                previous.as_ref().map(|p| p.id),
                content_version
            ],
        )?;
        let id = tx.last_insert_rowid();
        if let Some(previous) = &previous {
            let mut copy = tx.prepare(
                "INSERT INTO answer (assessment_id, question_id, value, note, evidence, answered_at)
                 SELECT ?1, question_id, value, note, evidence, answered_at
                 FROM answer WHERE assessment_id = ?2 AND question_id = ?3",
            )?;
            for question in carry {
                copy.execute(params![id, previous.id, question])?;
            }
        }
        tx.commit()?;
        self.assessment(id)
    }

    pub fn assessment(&self, id: AssessmentId) -> Result<AssessmentRow, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {ASSESSMENT_COLUMNS} FROM assessment WHERE id = ?1"),
                [id],
                assessment_from,
            )
            .optional()?
            .ok_or(StoreError::AssessmentNotFound(id))
    }

    /// The organisation's newest assessment, if it has any.
    pub fn latest_assessment(&self, org_id: OrgId) -> Result<Option<AssessmentRow>, StoreError> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {ASSESSMENT_COLUMNS} FROM assessment WHERE org_id = ?1
                     ORDER BY id DESC LIMIT 1"
                ),
                [org_id],
                assessment_from,
            )
            .optional()?)
    }

    /// Every assessment of an organisation, oldest first.
    pub fn assessments(&self, org_id: OrgId) -> Result<Vec<AssessmentRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ASSESSMENT_COLUMNS} FROM assessment WHERE org_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt
            .query_map([org_id], assessment_from)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    pub fn set_assessment_mode(&mut self, id: AssessmentId, mode: &str) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            &format!("UPDATE assessment SET mode = ?2, updated_at = {NOW} WHERE id = ?1"),
            params![id, mode],
        )?;
        if changed == 0 {
            return Err(StoreError::AssessmentNotFound(id));
        }
        Ok(())
    }

    /// Writes answers (insert or replace) and removes the ones listed in `clear`, all in one
    /// transaction: either every answer of the batch is saved or none is.
    pub fn write_answers(
        &mut self,
        id: AssessmentId,
        answers: &[AnswerWrite<'_>],
        clear: &[&str],
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            &format!("UPDATE assessment SET updated_at = {NOW} WHERE id = ?1"),
            [id],
        )?;
        if changed == 0 {
            return Err(StoreError::AssessmentNotFound(id));
        }
        {
            let mut upsert = tx.prepare_cached(&format!(
                "INSERT INTO answer (assessment_id, question_id, value, note, evidence, answered_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, {NOW})
                 ON CONFLICT (assessment_id, question_id) DO UPDATE SET
                   value = excluded.value, note = excluded.note, evidence = excluded.evidence,
                   answered_at = excluded.answered_at"
            ))?;
            for a in answers {
                upsert.execute(params![id, a.question_id, a.value, a.note, a.evidence])?;
            }
            let mut delete = tx.prepare_cached(
                "DELETE FROM answer WHERE assessment_id = ?1 AND question_id = ?2",
            )?;
            for q in clear {
                delete.execute(params![id, q])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    pub fn answers(&self, id: AssessmentId) -> Result<Vec<AnswerRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT question_id, value, note, evidence, answered_at FROM answer
             WHERE assessment_id = ?1 ORDER BY question_id",
        )?;
        let rows = stmt
            .query_map([id], |r| {
                Ok(AnswerRow {
                    question_id: r.get(0)?,
                    value: r.get(1)?,
                    note: r.get(2)?,
                    evidence: r.get(3)?,
                    answered_at: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Marks an action-plan item done (or not done) for an organisation.
    pub fn set_action_done(
        &mut self,
        org_id: OrgId,
        question_id: &str,
        done: bool,
    ) -> Result<(), StoreError> {
        if done {
            self.conn.execute(
                &format!(
                    "INSERT INTO action_done (org_id, question_id, done_at) VALUES (?1, ?2, {NOW})
                     ON CONFLICT (org_id, question_id) DO NOTHING"
                ),
                params![org_id, question_id],
            )?;
        } else {
            self.conn.execute(
                "DELETE FROM action_done WHERE org_id = ?1 AND question_id = ?2",
                params![org_id, question_id],
            )?;
        }
        Ok(())
    }

    /// Question ids whose action the owner has ticked off, sorted.
    pub fn actions_done(&self, org_id: OrgId) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT question_id FROM action_done WHERE org_id = ?1 ORDER BY question_id",
        )?;
        let rows = stmt
            .query_map([org_id], |r| r.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        Ok(rows)
    }
}
