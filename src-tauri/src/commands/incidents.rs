//! After cover: the policy, "something happened", the incident log and the claim pack. Each
//! command converts its arguments and calls the core, which validates every one of them; the
//! clock is the core's (`COVERREADY_NOW` fixes it in tests). The window never names a file to
//! read or write: evidence is picked, and copies are saved, in native dialogs run here.

use coverready_core::incidents::{clock_now, local_user, ChainStatus, EntryView, IncidentView};
use coverready_core::policy::PolicyView;
use coverready_core::{Error, ReportFiles};
use tauri::{AppHandle, State};

use crate::state::AppState;

/// The organisation's policy with the cover it lacks and the renewal reminder due now.
#[tauri::command]
pub fn policy_view(state: State<'_, AppState>, org_id: i64) -> Result<PolicyView, Error> {
    state.workspace()?.policy_view(org_id, clock_now())
}

/// Applies `KEY=VALUE` assignments to the policy, all or nothing (`KEY=` clears one).
#[tauri::command]
pub fn set_policy(
    state: State<'_, AppState>,
    org_id: i64,
    assignments: Vec<String>,
) -> Result<PolicyView, Error> {
    let now = clock_now();
    let mut workspace = state.workspace()?;
    workspace.set_policy(org_id, &assignments, now)?;
    workspace.policy_view(org_id, now)
}

/// Every organisation whose renewal reminder is due now (shown on start).
#[tauri::command]
pub fn due_renewals(state: State<'_, AppState>) -> Result<Vec<PolicyView>, Error> {
    state.workspace()?.due_renewal_views(clock_now())
}

/// The organisation's incidents, oldest first.
#[tauri::command]
pub fn list_incidents(state: State<'_, AppState>, org_id: i64) -> Result<Vec<IncidentView>, Error> {
    state.workspace()?.incidents(org_id, clock_now())
}

/// Starts an incident of `kind` discovered at `discovered` (RFC 3339; `None`: now).
#[tauri::command]
pub fn start_incident(
    state: State<'_, AppState>,
    org_id: i64,
    kind: String,
    discovered: Option<String>,
) -> Result<IncidentView, Error> {
    state.workspace()?.start_incident(
        org_id,
        &kind,
        discovered.as_deref(),
        &local_user(),
        clock_now(),
    )
}

/// An incident now: steps with their ticks, deadlines with the hours left, who to call, the log.
#[tauri::command]
pub fn incident_view(state: State<'_, AppState>, id: i64) -> Result<IncidentView, Error> {
    state.workspace()?.incident_view(id, clock_now())
}

/// Ticks a step as done now (a log entry).
#[tauri::command]
pub fn tick_incident_step(
    state: State<'_, AppState>,
    id: i64,
    step: String,
) -> Result<EntryView, Error> {
    state
        .workspace()?
        .tick_step(id, &step, None, &local_user(), clock_now())
}

/// Adds a text entry to the log, now.
#[tauri::command]
pub fn add_incident_note(
    state: State<'_, AppState>,
    id: i64,
    text: String,
) -> Result<EntryView, Error> {
    state
        .workspace()?
        .log_incident(id, &text, None, None, &local_user(), clock_now())
}

/// Asks for an evidence file in the system's open dialog, then adds the entry with it (the file
/// copied into the data folder with its SHA-256). `None` when the owner cancelled.
#[tauri::command(async)]
pub fn add_incident_evidence(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
    text: String,
) -> Result<Option<EntryView>, Error> {
    let Some(chosen) = crate::native::pick_file(&app, None)? else {
        return Ok(None);
    };
    state
        .workspace()?
        .log_incident(id, &text, Some(&chosen), None, &local_user(), clock_now())
        .map(Some)
}

/// Checks that the incident's log has not been edited, deleted or reordered.
#[tauri::command]
pub fn verify_incident(state: State<'_, AppState>, id: i64) -> Result<ChainStatus, Error> {
    state.workspace()?.verify_incident(id)
}

/// Writes the claim pack (PDF and JSON twin) into the incident's folder in the data folder.
#[tauri::command(async)]
pub fn make_claim_pack(state: State<'_, AppState>, id: i64) -> Result<ReportFiles, Error> {
    let language = state.language();
    state
        .workspace()?
        .make_claim_pack(id, language, clock_now())
}

/// Opens one of the app's claim packs in the system's PDF viewer.
#[tauri::command]
pub fn open_claim_pack(state: State<'_, AppState>, path: String) -> Result<(), Error> {
    let file = state.workspace()?.own_claim_pack(&path)?;
    tauri_plugin_opener::open_path(&file, None::<&str>).map_err(Error::opener)
}

/// Asks where to save a copy of a claim pack (native dialog), then copies the PDF and its JSON
/// twin there. `None` when the owner cancelled.
#[tauri::command(async)]
pub fn save_claim_pack_as(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Result<Option<String>, Error> {
    let name = state.workspace()?.claim_pack_file_name(&path)?;
    let Some(target) = crate::native::ask_pdf_path(&app, name)? else {
        return Ok(None);
    };
    let saved = state.workspace()?.copy_claim_pack(&path, &target)?;
    Ok(Some(saved.display().to_string()))
}
