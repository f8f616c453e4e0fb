//! Content updates: the content in use and its staleness, a pack from a file (picked in the
//! system's open dialog, run here) or from the platform when the owner asks.

use coverready_core::content::{self as flow, ContentStatus, ContentUpdate};
use coverready_core::{Error, JobKind, PlatformOptions};
use tauri::{AppHandle, State};

use crate::native;
use crate::state::AppState;

/// The content in use, each dataset's review-by date and how overdue it is, the update settings.
#[tauri::command]
pub fn content_status(state: State<'_, AppState>) -> Result<ContentStatus, Error> {
    Ok(state.workspace()?.content_status())
}

/// The weekly platform check on or off, and the platform's address.
#[tauri::command]
pub fn set_content_settings(
    state: State<'_, AppState>,
    weekly_check: bool,
    source_url: Option<String>,
) -> Result<ContentStatus, Error> {
    state
        .workspace()?
        .set_content_settings(weekly_check, source_url.as_deref())
}

/// Asks for a `.coverready-content` file in the system's open dialog and installs it after
/// every check. `None` when the owner cancelled.
#[tauri::command(async)]
pub fn install_content_file(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<ContentUpdate>, Error> {
    let filter = state.language().localizer().text("content-file-filter");
    let extensions = [coverready_content::PACK_EXTENSION];
    let Some(path) = native::pick_file(&app, Some((filter, &extensions)))? else {
        return Ok(None);
    };
    state.workspace()?.install_content_file(&path).map(Some)
}

/// Asks the platform for its newest pack (the address given, else the one in the settings)
/// and installs it when newer. Cancelled with `cancel_job("download")`.
#[tauri::command(async)]
pub fn update_content_from_platform(
    state: State<'_, AppState>,
    source_url: Option<String>,
) -> Result<ContentUpdate, Error> {
    let job = state.jobs.start(JobKind::Download);
    flow::update_from_platform(
        state.shared_workspace(),
        source_url.as_deref(),
        &PlatformOptions::default(),
        job.token(),
    )
}
