use coverready_core::submissions as flow;
use coverready_core::{ConsentPreview, Error, JobKind, PlatformOptions};
use coverready_submission::SubmissionStatusRow;
use tauri::{State, WebviewWindow};

use crate::native;
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
    prepare(
        &state,
        flow::Subject::Readiness { org_id },
        &destination,
        &share,
    )
}

/// As [`prepare_submission`], for an incident's claim pack: a fresh pack is made from the log as
/// it stands and packaged; nothing is sent. Confirmed with `confirm_submission`.
#[tauri::command(async)]
pub fn prepare_claim_submission(
    state: State<'_, AppState>,
    incident_id: i64,
    destination: String,
    share: Vec<String>,
) -> Result<ConsentPreview, Error> {
    prepare(
        &state,
        flow::Subject::ClaimPack { incident_id },
        &destination,
        &share,
    )
}

fn prepare(
    state: &AppState,
    subject: flow::Subject,
    destination: &str,
    share: &[String],
) -> Result<ConsentPreview, Error> {
    let job = state.jobs.start(JobKind::Upload);
    flow::prepare(
        state.shared_workspace(),
        subject,
        destination,
        share,
        state.language(),
        &PlatformOptions::default(),
        job.token(),
    )
}

/// Sends the package only when the owner confirms it in a native dialog that Rust words from
/// the package it holds: ticking "I agree" in the page is not enough, so script in a
/// compromised page cannot send anything anywhere. `None` when the owner said no there.
#[tauri::command(async)]
pub fn confirm_submission(
    window: WebviewWindow,
    state: State<'_, AppState>,
    token: String,
) -> Result<Option<Vec<SubmissionStatusRow>>, Error> {
    let question = flow::question(state.shared_workspace(), &token, state.language())?;
    if !native::confirm(&window, question) {
        return Ok(None);
    }
    let job = state.jobs.start(JobKind::Upload);
    flow::confirm(
        state.shared_workspace(),
        &token,
        &PlatformOptions::default(),
        job.token(),
    )
    .map(Some)
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
