use coverready_core::{Error, ReportFiles};
use tauri::{AppHandle, State};

use crate::state::AppState;

#[tauri::command(async)]
pub fn generate_report(state: State<'_, AppState>, org_id: i64) -> Result<ReportFiles, Error> {
    let language = state.language();
    state.workspace()?.write_report(org_id, language, None)
}

/// Opens one of the app's own reports in the system's PDF viewer.
#[tauri::command]
pub fn open_report(state: State<'_, AppState>, path: String) -> Result<(), Error> {
    let file = state.workspace()?.own_report(&path)?;
    tauri_plugin_opener::open_path(&file, None::<&str>).map_err(Error::opener)
}

/// Shows the data folder in the system's file manager (for a backup copy).
#[tauri::command]
pub fn open_data_folder(state: State<'_, AppState>) -> Result<(), Error> {
    let folder = state.workspace()?.data_dir().to_path_buf();
    tauri_plugin_opener::open_path(&folder, None::<&str>).map_err(Error::opener)
}

/// Asks where to save a copy (the native dialog runs in Rust; the webview never names a path
/// to write), then copies the PDF and its JSON twin there. `None` when the owner cancelled.
#[tauri::command(async)]
pub fn save_report_as(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Result<Option<String>, Error> {
    let name = state.workspace()?.report_file_name(&path)?;
    let Some(target) = crate::native::ask_pdf_path(&app, name)? else {
        return Ok(None);
    };
    let saved = state.workspace()?.copy_report(&path, &target)?;
    Ok(Some(saved.display().to_string()))
}
