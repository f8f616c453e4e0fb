use coverready_checklist::Mode;
use coverready_core::{AnswerInput, Assessment, ChecklistItem, Error, ReadinessReport};
use tauri::State;

use crate::state::AppState;

/// The questions that apply to the organisation, in asking order.
#[tauri::command]
pub fn checklist(
    state: State<'_, AppState>,
    org_id: i64,
    mode: Mode,
) -> Result<Vec<ChecklistItem>, Error> {
    state.workspace()?.checklist(org_id, mode)
}

#[tauri::command]
pub fn current_assessment(
    state: State<'_, AppState>,
    org_id: i64,
) -> Result<Option<Assessment>, Error> {
    state.workspace()?.current_assessment(org_id)
}

/// A new assessment, starting from a copy of the previous answers.
#[tauri::command]
pub fn start_assessment(
    state: State<'_, AppState>,
    org_id: i64,
    mode: Mode,
) -> Result<Assessment, Error> {
    state.workspace()?.start_assessment(org_id, mode)
}

/// The current assessment, created if none; switches mode when one is given.
#[tauri::command]
pub fn ensure_assessment(
    state: State<'_, AppState>,
    org_id: i64,
    mode: Option<Mode>,
) -> Result<Assessment, Error> {
    state.workspace()?.ensure_assessment(org_id, mode)
}

/// All or nothing.
#[tauri::command]
pub fn save_answers(
    state: State<'_, AppState>,
    org_id: i64,
    answers: Vec<AnswerInput>,
) -> Result<Assessment, Error> {
    state.workspace()?.answer(org_id, &answers)
}

#[tauri::command]
pub fn readiness(state: State<'_, AppState>, org_id: i64) -> Result<ReadinessReport, Error> {
    state.workspace()?.readiness(org_id)
}

#[tauri::command]
pub fn set_action_done(
    state: State<'_, AppState>,
    org_id: i64,
    question: String,
    done: bool,
) -> Result<ReadinessReport, Error> {
    state.workspace()?.set_action_done(org_id, &question, done)
}
