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
