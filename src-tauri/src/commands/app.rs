use coverready_core::{AppInfo, Error, Language, Settings, UiReadyReport};
use tauri::{AppHandle, State, WebviewWindow};

use crate::state::AppState;

/// The workspace as it is now; a store that could not be opened is tried again first.
#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, Error> {
    Ok(state.workspace()?.retry_and_describe())
}

#[tauri::command]
pub fn set_language(
    state: State<'_, AppState>,
    window: WebviewWindow,
    language: Language,
) -> Result<Settings, Error> {
    let settings = state.workspace()?.set_language(language)?;
    // The title bar follows the language; failing to retitle is cosmetic, not an error.
    let _ = window.set_title(&language.localizer().text("app-window-title"));
    Ok(settings)
}

#[tauri::command]
pub fn update_settings(
    state: State<'_, AppState>,
    window: WebviewWindow,
    settings: Settings,
) -> Result<Settings, Error> {
    let saved = state.workspace()?.update_settings(&settings)?;
    let _ = window.set_title(&saved.language.localizer().text("app-window-title"));
    Ok(saved)
}

#[tauri::command]
pub fn recover_store(state: State<'_, AppState>) -> Result<AppInfo, Error> {
    let mut workspace = state.workspace()?;
    workspace.recover_damaged_store()?;
    Ok(workspace.info())
}

/// Called by the UI once a screen has rendered. In self-test mode this ends the run with the
/// report on stdout, which is how CI proves the front end came up against the real store.
#[tauri::command]
pub fn ui_ready(
    app: AppHandle,
    state: State<'_, AppState>,
    report: UiReadyReport,
) -> Result<(), Error> {
    report.validate()?;
    if state.options.self_test_timeout.is_some() {
        let line = serde_json::to_string(&report).unwrap_or_default();
        // A reader that already has what it wanted may have closed the pipe: not worth a panic.
        use std::io::Write;
        let _ = writeln!(std::io::stdout().lock(), "COVERREADY_UI_READY {line}");
        let hold = state.options.self_test_hold;
        std::thread::spawn(move || {
            std::thread::sleep(hold);
            app.exit(0);
        });
    }
    Ok(())
}
