//! The owner's next step and where they are on the way to cover (profile → questions → check
//! this computer → report → apply), decided here so the app, and any later screen, only show it.

use coverready_checklist::Readiness;
use serde::Serialize;
use ts_rs::TS;

/// The one thing to do next, in this order: answer what is open, fix a must-have that is not
/// met, find out a must-have answered "not sure", check this computer, make the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "step", rename_all = "snake_case")]
#[ts(export, export_to = "bindings.ts")]
pub enum NextStep {
    Answer,
    Fix { question: String },
    Confirm { question: String },
    Scan,
    Report,
}

/// The stages of the way to cover, for the step bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "bindings.ts")]
pub enum Stage {
    Profile,
    Questions,
    Scan,
    Report,
    Apply,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, export_to = "bindings.ts")]
pub enum StageState {
    Done,
    Current,
    Todo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct StageProgress {
    pub stage: Stage,
    pub state: StageState,
}

pub(crate) fn next_step(r: &Readiness, has_local_scan: bool) -> NextStep {
    if r.unanswered > 0 {
        NextStep::Answer
    } else if let Some(q) = r.gate.blockers.first() {
        NextStep::Fix {
            question: q.clone(),
        }
    } else if let Some(q) = r.gate.to_confirm.first() {
        NextStep::Confirm {
            question: q.clone(),
        }
    } else if !has_local_scan {
        NextStep::Scan
    } else {
        NextStep::Report
    }
}

pub(crate) fn progress(has_profile: bool, next: &NextStep) -> Vec<StageProgress> {
    let current = match next {
        NextStep::Answer | NextStep::Fix { .. } | NextStep::Confirm { .. } => Stage::Questions,
        NextStep::Scan => Stage::Scan,
        NextStep::Report => Stage::Report,
    };
    let order = [
        Stage::Profile,
        Stage::Questions,
        Stage::Scan,
        Stage::Report,
        Stage::Apply,
    ];
    let at = order.iter().position(|s| *s == current).unwrap_or(0);
    order
        .iter()
        .enumerate()
        .map(|(i, &stage)| StageProgress {
            stage,
            state: if stage == Stage::Profile {
                if has_profile {
                    StageState::Done
                } else {
                    StageState::Todo
                }
            } else if i < at {
                StageState::Done
            } else if i == at {
                StageState::Current
            } else {
                StageState::Todo
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use coverready_checklist::{readiness, AnswerValue, Answers, ContentPack, Mode, Profile};

    fn pack_readiness(answers: &Answers) -> Readiness {
        readiness(
            ContentPack::current(),
            &Profile::new(),
            answers,
            Mode::Quick,
        )
    }

    #[test]
    fn the_next_step_follows_the_open_work() {
        let asked: Vec<String> = coverready_checklist::applicable_questions(
            ContentPack::current(),
            &Profile::new(),
            Mode::Quick,
        )
        .iter()
        .map(|q| q.id.clone())
        .collect();
        let all = |v: AnswerValue| -> Answers { asked.iter().map(|q| (q.clone(), v)).collect() };
        assert_eq!(
            next_step(&pack_readiness(&Answers::new()), false),
            NextStep::Answer
        );
        let mut one_no = all(AnswerValue::Yes);
        one_no.insert("backup.offline-copy".into(), AnswerValue::No);
        assert_eq!(
            next_step(&pack_readiness(&one_no), true),
            NextStep::Fix {
                question: "backup.offline-copy".into()
            }
        );
        let mut unsure = all(AnswerValue::Yes);
        unsure.insert("backup.offline-copy".into(), AnswerValue::NotSure);
        assert!(matches!(
            next_step(&pack_readiness(&unsure), true),
            NextStep::Confirm { .. }
        ));
        assert_eq!(
            next_step(&pack_readiness(&all(AnswerValue::Yes)), false),
            NextStep::Scan
        );
        assert_eq!(
            next_step(&pack_readiness(&all(AnswerValue::Yes)), true),
            NextStep::Report
        );
        let bar = progress(false, &NextStep::Scan);
        let states: Vec<StageState> = bar.iter().map(|s| s.state).collect();
        use StageState::*;
        assert_eq!(states, [Todo, Done, Current, Todo, Todo]);
    }
}
