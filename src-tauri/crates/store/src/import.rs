//! An organisation created whole from outside (a workshop's answer code): its profile and a
//! first assessment with answers in one transaction.

use rusqlite::params;

use crate::orgs::write_profile;
use crate::{AnswerWrite, OrgRow, ProfileMap, Store, StoreError};

const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

impl Store {
    /// Creates an organisation with its profile and a first assessment holding `answers`, in one
    /// transaction (an answer code from a workshop): all of it or, on any failure, nothing.
    pub fn insert_org_with_answers(
        &mut self,
        name: &str,
        profile: &ProfileMap,
        assessment: (&str, &str, &str),
        answers: &[AnswerWrite<'_>],
    ) -> Result<OrgRow, StoreError> {
        let (pack_id, pack_version, mode) = assessment;
        let tx = self.conn.transaction()?;
        tx.execute(
            &format!(
                "INSERT INTO organisation (name, created_at, updated_at) VALUES (?1, {NOW}, {NOW})"
            ),
            [name],
        )?;
        let id = tx.last_insert_rowid();
        write_profile(&tx, id, profile)?;
        tx.execute(
            &format!(
                "INSERT INTO assessment (org_id, pack_id, pack_version, mode, based_on, started_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, NULL, {NOW}, {NOW})"
            ),
            params![id, pack_id, pack_version, mode],
        )?;
        let assessment_id = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare_cached(&format!(
                "INSERT INTO answer (assessment_id, question_id, value, note, evidence, answered_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, {NOW})"
            ))?;
            for a in answers {
                insert.execute(params![
                    assessment_id,
                    a.question_id,
                    a.value,
                    a.note,
                    a.evidence
                ])?;
            }
        }
        tx.commit()?;
        self.org(id)
    }
}
