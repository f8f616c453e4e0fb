//! Questions asked in the system's own dialogs, outside the webview, so that the page can
//! neither word them nor answer them.

use std::path::PathBuf;

use coverready_core::{ConsentQuestion, Error, ErrorCode};
use tauri::WebviewWindow;
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

/// Asks the owner, in a dialog modal to `window`, whether to send; true only for "Send".
pub fn confirm(window: &WebviewWindow, question: ConsentQuestion) -> bool {
    window
        .dialog()
        .message(question.message)
        .title(question.title)
        .kind(MessageDialogKind::Warning)
        .parent(window)
        .buttons(MessageDialogButtons::OkCancelCustom(
            question.send,
            question.cancel,
        ))
        .blocking_show()
}

/// Asks for a file to open (the system's open dialog, run in Rust), of the kinds `extensions`
/// (any file when `filter` is `None`), under the filter's worded name. `None` when the owner
/// cancelled. Debug builds take `COVERREADY_E2E_PICK_FILE` instead, so end-to-end tests need
/// no dialog.
pub fn pick_file(
    app: &tauri::AppHandle,
    filter: Option<(String, &[&str])>,
) -> Result<Option<PathBuf>, Error> {
    #[cfg(debug_assertions)]
    if let Some(path) = std::env::var_os("COVERREADY_E2E_PICK_FILE") {
        return Ok(Some(PathBuf::from(path)));
    }
    let mut dialog = app.dialog().file();
    if let Some((name, extensions)) = filter {
        dialog = dialog.add_filter(name, extensions);
    }
    let Some(picked) = dialog.blocking_pick_file() else {
        return Ok(None);
    };
    picked
        .into_path()
        .map(Some)
        .map_err(|e| Error::new(ErrorCode::InvalidArgument, e.to_string()).with("field", "path"))
}

/// Asks where to save a PDF (the system's save dialog, run in Rust so the window never names a
/// path to write), offering `name`. `None` when the owner cancelled.
pub fn ask_pdf_path(app: &tauri::AppHandle, name: String) -> Result<Option<PathBuf>, Error> {
    let Some(chosen) = app
        .dialog()
        .file()
        .add_filter("PDF", &["pdf"])
        .set_file_name(name)
        .blocking_save_file()
    else {
        return Ok(None);
    };
    chosen
        .into_path()
        .map(Some)
        .map_err(|e| Error::new(ErrorCode::InvalidArgument, e.to_string()).with("field", "path"))
}
