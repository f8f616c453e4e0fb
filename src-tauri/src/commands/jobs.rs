use coverready_core::{Error, JobKind};
use tauri::State;

use crate::state::AppState;

/// Stops the running scan, domain check or upload; false when none of that kind was running.
#[tauri::command]
pub fn cancel_job(state: State<'_, AppState>, job: String) -> Result<bool, Error> {
    Ok(state.jobs.cancel(JobKind::parse(&job)?))
}
