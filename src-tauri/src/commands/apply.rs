use coverready_core::{ConsentPreview, Error, PlatformOptions};
use coverready_submission::SubmissionStatusRow;
use tauri::State;

use crate::state::AppState;

/// Builds the signed package and looks up the destination; nothing is sent.
#[tauri::command(async)]
pub fn prepare_submission(
    state: State<'_, AppState>,
    org_id: i64,
    destination: String,
    share: Vec<String>,
) -> Result<ConsentPreview, Error> {
    let language = state.language();
    state.workspace()?.prepare_submission(
        org_id,
        &destination,
        &share,
        language,
        &PlatformOptions::default(),
    )
}

/// The owner agreed to the preview: consent recorded, package queued and sent.
#[tauri::command(async)]
pub fn confirm_submission(
    state: State<'_, AppState>,
    token: String,
) -> Result<Vec<SubmissionStatusRow>, Error> {
    state
        .workspace()?
        .confirm_submission(&token, &PlatformOptions::default())
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
    let ws = state.workspace()?;
    ws.flush_submissions(&PlatformOptions::default())?;
    ws.submissions(None)
}

#[tauri::command(async)]
pub fn withdraw_submission(
    state: State<'_, AppState>,
    id: i64,
) -> Result<SubmissionStatusRow, Error> {
    state
        .workspace()?
        .withdraw_submission(id, &PlatformOptions::default())
}
