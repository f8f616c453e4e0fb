//! Questions asked in the system's own dialogs, outside the webview, so that the page can
//! neither word them nor answer them.

use coverready_core::ConsentQuestion;
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
