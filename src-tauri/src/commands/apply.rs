use coverready_core::submissions as flow;
use coverready_core::{ConsentPreview, Error, JobKind, PlatformOptions};
use coverready_submission::SubmissionStatusRow;
use tauri::State;

use crate::state::AppState;

/// Builds the signed package and looks up the destination; nothing is sent. Cancelled with
/// `cancel_job("upload")`, like the sending steps.
#[tauri::command(async)]
pub fn prepare_submission(
    state: State<'_, AppState>,
    org_id: i64,
    destination: String,
    share: Vec<String>,
) -> Result<ConsentPreview, Error> {
    let job = state.jobs.start(JobKind::Upload);
    flow::prepare(
        state.shared_workspace(),
        org_id,
        &destination,
        &share,
        state.language(),
        &PlatformOptions::default(),
        job.token(),
    )
}

/// The owner agreed to the preview: consent recorded, package queued and sent.
#[tauri::command(async)]
pub fn confirm_submission(
    state: State<'_, AppState>,
    token: String,
) -> Result<Vec<SubmissionStatusRow>, Error> {
    let job = state.jobs.start(JobKind::Upload);
    flow::confirm(
        state.shared_workspace(),
        &token,
        &PlatformOptions::default(),
        job.token(),
    )
}

#[tauri::command]
pub fn submissions(
    state: State<'_, AppState>,
    org_id: Option<i64>,
) -> Result<Vec<SubmissionStatusRow>, Error> {
    state.workspace()?.submissions(org_id)
}

#[tauri::command(async)]
pub fn flush_submissions(state: State<'_, AppState>) -> Result<Vec<SubmissionStatusRow>, Error> {
    let job = state.jobs.start(JobKind::Upload);
    flow::send_queued(
        state.shared_workspace(),
        &PlatformOptions::default(),
        job.token(),
    )
}

#[tauri::command(async)]
pub fn withdraw_submission(
    state: State<'_, AppState>,
    id: i64,
) -> Result<SubmissionStatusRow, Error> {
    flow::withdraw(state.shared_workspace(), id, &PlatformOptions::default())
}
