//! Checklists, answers and readiness for one organisation, validated against the content pack
//! and the organisation's profile before anything is written.

use std::collections::BTreeMap;

use coverready_checklist::{
    applicable_questions, readiness, validate_answers, AnswerValue, Answers, ContentPack, CostBand,
    Mode, Readiness, Weight,
};
use coverready_store::{AnswerRow, AnswerWrite, AssessmentRow};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Error, ErrorCode, Workspace};

/// Longest note kept with an answer, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// A question as the UI and the CLI list it; its text is looked up in the locale files by id.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ChecklistItem {
    pub id: String,
    pub domain: String,
    pub weight: Weight,
    pub quick: bool,
    /// The answers offered: yes, partly, no, not sure, and "not applicable" where it can be.
    pub options: Vec<AnswerValue>,
    pub effort_hours: f64,
    pub cost_band: CostBand,
}

/// One answer to save. `value: None` clears an earlier answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct AnswerInput {
    pub question: String,
    pub value: Option<AnswerValue>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct SavedAnswer {
    pub question: String,
    pub value: AnswerValue,
    pub note: Option<String>,
    pub answered_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct Assessment {
    pub id: i64,
    pub org_id: i64,
    pub mode: Mode,
    pub pack_id: String,
    pub pack_version: String,
    pub based_on: Option<i64>,
    pub started_at: String,
    pub updated_at: String,
    pub answers: Vec<SavedAnswer>,
    /// The content pack version it was answered under, shown with it always (`None`: from
    /// before content packs).
    pub content_version: Option<String>,
    /// Only in the answer to starting it from a copy: what was carried over and what not.
    pub carried: Option<CarriedAnswers>,
}

/// Starting from a copy, answers are mapped by stable question id: questions the content in
/// use no longer asks stay in the earlier assessment only, answers the question no longer
/// offers are left for the owner to give again, and new questions start unanswered.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct CarriedAnswers {
    pub from_assessment: i64,
    pub from_content_version: Option<String>,
    /// Answers copied as they were.
    pub carried: u32,
    /// Questions the content in use no longer has (answers kept in the earlier assessment).
    pub retired: Vec<String>,
    /// Questions whose earlier answer is no longer one of its options (to answer again).
    pub changed: Vec<String>,
}

/// Readiness of an organisation's current assessment (derived, never stored).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct ReadinessReport {
    pub org_id: i64,
    pub assessment_id: Option<i64>,
    pub readiness: Readiness,
    /// Action-plan items the owner has ticked off (question ids).
    pub done_actions: Vec<String>,
    /// For every answered question: self-attested, verified by scan, or contradicted.
    pub verification: BTreeMap<String, crate::Verification>,
    /// Answers a scan contradicts that the owner has not resolved yet.
    pub contradictions: Vec<String>,
    /// What an incident could cost and which kinds of cover fit (from profile and answers).
    pub risk: coverready_risk::RiskEstimate,
    /// The one thing to do next, and the way to cover for the step bar.
    pub next_step: crate::next_step::NextStep,
    pub progress: Vec<crate::next_step::StageProgress>,
}

fn mode_str(mode: Mode) -> &'static str {
    match mode {
        Mode::Full => "full",
        Mode::Quick => "quick",
    }
}

fn mode_from(stored: &str) -> Mode {
    if stored == "quick" {
        Mode::Quick
    } else {
        Mode::Full
    }
}

fn pack() -> &'static ContentPack {
    ContentPack::current()
}

/// Which earlier answers a copy keeps, by question id.
struct CarryPlan {
    carry: Vec<String>,
    retired: Vec<String>,
    changed: Vec<String>,
}

fn carry_plan(pack: &ContentPack, earlier: &[AnswerRow]) -> CarryPlan {
    let mut plan = CarryPlan {
        carry: Vec::new(),
        retired: Vec::new(),
        changed: Vec::new(),
    };
    for answer in earlier {
        match pack.question(&answer.question_id) {
            None => plan.retired.push(answer.question_id.clone()),
            Some(question) => {
                let offered = AnswerValue::parse(&answer.value).is_some_and(|value| {
                    value != AnswerValue::NotApplicable || question.not_applicable_allowed
                });
                if offered {
                    plan.carry.push(answer.question_id.clone());
                } else {
                    plan.changed.push(answer.question_id.clone());
                }
            }
        }
    }
    plan
}

fn saved_answers(rows: Vec<AnswerRow>) -> Vec<SavedAnswer> {
    rows.into_iter()
        .filter_map(|r| {
            // The schema only admits the five values; anything else would be damage and is left
            // out of the view rather than guessed at.
            let value = AnswerValue::parse(&r.value)?;
            Some(SavedAnswer {
                question: r.question_id,
                value,
                note: r.note,
                answered_at: r.answered_at,
            })
        })
        .collect()
}

fn validate_note(note: &str) -> Result<(), Error> {
    let ok = note.chars().count() <= MAX_NOTE_CHARS
        && note
            .chars()
            .all(|c| !c.is_control() || c == '\n' || c == '\t');
    if ok {
        Ok(())
    } else {
        Err(Error::new(
            ErrorCode::InvalidNote,
            "note too long or has control characters",
        )
        .with("max", MAX_NOTE_CHARS))
    }
}

impl Workspace {
    /// The questions that apply to this organisation's profile, in the order to ask them.
    pub fn checklist(&self, org_id: i64, mode: Mode) -> Result<Vec<ChecklistItem>, Error> {
        let org = self.org(org_id)?;
        Ok(applicable_questions(pack(), &org.profile, mode)
            .into_iter()
            .map(|q| ChecklistItem {
                id: q.id.clone(),
                domain: q.domain.clone(),
                weight: q.weight,
                quick: q.quick,
                options: AnswerValue::ALL
                    .into_iter()
                    .filter(|v| *v != AnswerValue::NotApplicable || q.not_applicable_allowed)
                    .collect(),
                effort_hours: q.effort_hours,
                cost_band: q.cost_band,
            })
            .collect())
    }

    fn assessment_view(&self, row: AssessmentRow) -> Result<Assessment, Error> {
        let answers = saved_answers(self.store_ref()?.answers(row.id)?);
        Ok(Assessment {
            id: row.id,
            org_id: row.org_id,
            mode: mode_from(&row.mode),
            pack_id: row.pack_id,
            pack_version: row.pack_version,
            based_on: row.based_on,
            started_at: row.started_at,
            updated_at: row.updated_at,
            answers,
            content_version: row.content_version,
            carried: None,
        })
    }

    /// The organisation's current (newest) assessment, if one was started.
    pub fn current_assessment(&self, org_id: i64) -> Result<Option<Assessment>, Error> {
        self.org(org_id)?;
        match self.store_ref()?.latest_assessment(org_id)? {
            Some(row) => Ok(Some(self.assessment_view(row)?)),
            None => Ok(None),
        }
    }

    /// Every assessment of the organisation, oldest first (history is never overwritten).
    pub fn assessment_history(&self, org_id: i64) -> Result<Vec<Assessment>, Error> {
        self.org(org_id)?;
        let rows = self.store_ref()?.assessments(org_id)?;
        rows.into_iter().map(|r| self.assessment_view(r)).collect()
    }

    /// Starts a new assessment, beginning from a copy of the previous answers mapped by
    /// question id onto the content in use (see [`CarriedAnswers`]).
    pub fn start_assessment(&mut self, org_id: i64, mode: Mode) -> Result<Assessment, Error> {
        let p = pack();
        let content_version = coverready_content::active().manifest.version.clone();
        let previous = self.store_ref()?.latest_assessment(org_id)?;
        let plan = match &previous {
            Some(previous) => Some((
                previous,
                carry_plan(p, &self.store_ref()?.answers(previous.id)?),
            )),
            None => None,
        };
        let carry: Vec<&str> = plan
            .as_ref()
            .map(|(_, plan)| plan.carry.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let row = self.store()?.start_assessment(
            org_id,
            &p.id,
            &p.version,
            &content_version,
            mode_str(mode),
            &carry,
        )?;
        let mut view = self.assessment_view(row)?;
        view.carried = plan.map(|(previous, plan)| CarriedAnswers {
            from_assessment: previous.id,
            from_content_version: previous.content_version.clone(),
            carried: plan.carry.len() as u32,
            retired: plan.retired,
            changed: plan.changed,
        });
        Ok(view)
    }

    /// The current assessment, started (in `mode`) when there is none; an existing one switches
    /// to `mode` when asked for explicitly.
    pub fn ensure_assessment(
        &mut self,
        org_id: i64,
        mode: Option<Mode>,
    ) -> Result<Assessment, Error> {
        match self.current_assessment(org_id)? {
            Some(current) => {
                if let Some(mode) = mode.filter(|m| *m != current.mode) {
                    self.store()?
                        .set_assessment_mode(current.id, mode_str(mode))?;
                    return Ok(self.current_assessment(org_id)?.expect("exists"));
                }
                Ok(current)
            }
            None => self.start_assessment(org_id, mode.unwrap_or(Mode::Full)),
        }
    }

    /// Saves answers to the current assessment (starting one if needed), all or nothing: an
    /// unknown question, a value the question does not offer, a question that does not apply
    /// to this organisation or a bad note refuses the whole batch, naming the offending id.
    pub fn answer(&mut self, org_id: i64, inputs: &[AnswerInput]) -> Result<Assessment, Error> {
        let org = self.org(org_id)?;
        let mut proposed = Answers::new();
        for input in inputs {
            if let Some(note) = &input.note {
                validate_note(note).map_err(|e| e.with("question", &input.question))?;
            }
            if let Some(value) = input.value {
                proposed.insert(input.question.clone(), value);
            } else if pack().question(&input.question).is_none() {
                return Err(Error::new(ErrorCode::UnknownQuestion, "unknown question")
                    .with("question", &input.question));
            }
        }
        validate_answers(pack(), &org.profile, &proposed)?;
        let assessment = self.ensure_assessment(org_id, None)?;
        let writes: Vec<AnswerWrite<'_>> = inputs
            .iter()
            .filter_map(|i| {
                i.value.map(|v| AnswerWrite {
                    question_id: &i.question,
                    value: v.as_str(),
                    note: i.note.as_deref().filter(|n| !n.trim().is_empty()),
                    evidence: None,
                })
            })
            .collect();
        let clear: Vec<&str> = inputs
            .iter()
            .filter(|i| i.value.is_none())
            .map(|i| i.question.as_str())
            .collect();
        self.store()?
            .write_answers(assessment.id, &writes, &clear)?;
        Ok(self.current_assessment(org_id)?.expect("just written"))
    }

    /// Gate, scores, coverage and action plan for the current assessment (an organisation with no
    /// assessment yet gets the readiness of an empty one: everything unanswered).
    pub fn readiness(&self, org_id: i64) -> Result<ReadinessReport, Error> {
        let org = self.org(org_id)?;
        let current = self.current_assessment(org_id)?;
        let (mode, answers): (Mode, BTreeMap<String, AnswerValue>) = match &current {
            Some(a) => (
                a.mode,
                a.answers
                    .iter()
                    .map(|s| (s.question.clone(), s.value))
                    .collect(),
            ),
            None => (Mode::Full, BTreeMap::new()),
        };
        let reconciled = self.reconciliation(org_id)?;
        let readiness = readiness(pack(), &org.profile, &answers, mode);
        let next_step = crate::next_step::next_step(&readiness, reconciled.local_scan_at.is_some());
        Ok(ReadinessReport {
            org_id,
            assessment_id: current.map(|a| a.id),
            risk: coverready_risk::assess_risk(&org.profile, &answers),
            progress: crate::next_step::progress(!org.profile.is_empty(), &next_step),
            next_step,
            readiness,
            done_actions: self.store_ref()?.actions_done(org_id)?,
            verification: reconciled.verification,
            contradictions: reconciled.contradictions,
        })
    }

    /// Ticks an action-plan item off (or back on) and returns the updated readiness.
    pub fn set_action_done(
        &mut self,
        org_id: i64,
        question: &str,
        done: bool,
    ) -> Result<ReadinessReport, Error> {
        self.org(org_id)?;
        if pack().question(question).is_none() {
            return Err(Error::new(ErrorCode::UnknownQuestion, "unknown question")
                .with("question", question));
        }
        self.store()?.set_action_done(org_id, question, done)?;
        self.readiness(org_id)
    }
}
