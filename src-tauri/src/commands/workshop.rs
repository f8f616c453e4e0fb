use coverready_core::{AppInfo, Error, Organisation, Replace};
use tauri::{AppHandle, State, WebviewWindow};

use crate::state::AppState;

/// Ends a workshop session: the in-memory store is dropped for a fresh one and the webview's
/// browsing data is cleared; the window then starts again at the welcome screen.
#[tauri::command]
pub fn finish_workshop(
    state: State<'_, AppState>,
    window: WebviewWindow,
) -> Result<AppInfo, Error> {
    let info = state.workspace()?.erase_workshop()?;
    // Ephemeral already; clearing is a second lock on the same door, not worth failing over.
    let _ = window.clear_all_browsing_data();
    Ok(info)
}

/// Creates an organisation from a workshop's answer code ("Continue from a workshop").
#[tauri::command]
pub fn import_answer_code(state: State<'_, AppState>, code: String) -> Result<Organisation, Error> {
    let language = state.language();
    state.workspace()?.import_answer_code(&code, None, language)
}

/// "Save or print my results": asks where (the native dialog runs in Rust), then writes the
/// one-page takeaway there and nowhere else. `None` when the attendee cancelled.
#[tauri::command(async)]
pub fn save_takeaway(
    app: AppHandle,
    state: State<'_, AppState>,
    org_id: i64,
) -> Result<Option<String>, Error> {
    let language = state.language();
    let name = language.localizer().text("takeaway-file-name");
    let Some(target) = crate::native::ask_pdf_path(&app, name)? else {
        return Ok(None);
    };
    // The dialog asked about replacing an existing file.
    let file = state
        .workspace()?
        .write_takeaway(org_id, language, &target, Replace::Allowed)?;
    Ok(Some(file.path))
}
