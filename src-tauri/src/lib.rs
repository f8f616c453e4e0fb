//! The desktop shell: one window, CoverReady's commands, and the start-up self-test. All logic
//! lives in the core crates; each command here converts, calls and maps the error.

mod commands;
mod launch;
mod native;
mod state;
mod workshop_webview;

use tauri::{WebviewUrl, WebviewWindowBuilder};

use crate::launch::LaunchOptions;
use crate::state::AppState;

/// Starts the app and returns the process exit code.
pub fn run() -> i32 {
    let options = LaunchOptions::from_args(std::env::args().skip(1));
    let state = match AppState::open(&options) {
        Ok(state) => state,
        Err(e) => {
            // A facilitator's file that cannot be used: never start half in workshop mode.
            let language = options
                .language
                .unwrap_or_else(coverready_core::Language::os_default);
            eprintln!("{}", e.localized(&language.localizer()));
            return 2;
        }
    };
    let title = state.window_title();
    let language = state.language();
    let workshop = state.is_workshop();
    // The webview of a workshop gets a data folder of its own in the temp folder, removed on
    // exit and, should the process be killed, at the next start. Not WebKitGTK's ephemeral
    // (incognito) context: WebDriver cannot attach to it, so the one property that matters —
    // nothing the attendee typed reaches a disk, even mid-session or after SIGKILL — could not
    // be tested in the real window (tests/e2e/workshop_flow.py searches for it).
    let webview_dir = workshop.then(workshop_webview::fresh_dir);

    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        // Every #[tauri::command] in commands/, listed by build.rs from the functions themselves.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handlers.rs")))
        .setup(move |app| {
            let mut window =
                WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                    .title(&title)
                    .inner_size(1100.0, 760.0)
                    .min_inner_size(360.0, 480.0);
            if let Some(dir) = &webview_dir {
                window = window.data_directory(dir.clone());
            }
            window.build()?;
            if let Some(seconds) = options.self_test_timeout {
                launch::fail_self_test_after(app.handle().clone(), seconds);
            }
            Ok(())
        })
        .build(tauri::generate_context!());
    let code = match app {
        Ok(app) => app.run_return(|_, _| {}),
        Err(e) => {
            // The owner's words first; the toolkit's own text after, labelled, for whoever helps.
            let l10n = language.localizer();
            eprintln!("{}", l10n.text("app-start-failed"));
            eprintln!(
                "{}",
                l10n.format(
                    "app-start-failed-detail",
                    &[("detail", coverready_i18n::Arg::Str(&e.to_string()))]
                )
            );
            3
        }
    };
    if workshop {
        workshop_webview::remove_all();
    }
    code
}
