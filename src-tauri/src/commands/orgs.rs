use coverready_core::{Error, OrgInput, Organisation, ProfileFieldInfo, Workspace};
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn list_orgs(state: State<'_, AppState>) -> Result<Vec<Organisation>, Error> {
    state.workspace()?.list_orgs()
}

#[tauri::command]
pub fn create_org(state: State<'_, AppState>, input: OrgInput) -> Result<Organisation, Error> {
    state.workspace()?.create_org(&input)
}

/// Replaces the whole profile: send the full, merged profile.
#[tauri::command]
pub fn update_org(
    state: State<'_, AppState>,
    id: i64,
    input: OrgInput,
) -> Result<Organisation, Error> {
    state.workspace()?.update_org(id, &input)
}

#[tauri::command]
pub fn delete_org(state: State<'_, AppState>, id: i64) -> Result<(), Error> {
    state.workspace()?.delete_org(id)
}

#[tauri::command]
pub fn profile_fields() -> Vec<ProfileFieldInfo> {
    Workspace::profile_fields()
}
