//! The desktop shell: one window, CoverReady's commands, and the start-up self-test. All logic
//! lives in the core crates; each command here converts, calls and maps the error.

mod commands;
mod launch;
mod native;
mod state;

use tauri::{WebviewUrl, WebviewWindowBuilder};

use crate::launch::LaunchOptions;
use crate::state::AppState;

/// Starts the app and returns the process exit code.
pub fn run() -> i32 {
    let options = LaunchOptions::from_args(std::env::args().skip(1));
    let state = AppState::open(&options);
    let title = state.window_title();
    let language = state.language();

    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        // Every #[tauri::command] in commands/, listed by build.rs from the functions themselves.
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handlers.rs")))
        .setup(move |app| {
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title(&title)
                .inner_size(1100.0, 760.0)
                .min_inner_size(360.0, 480.0)
                .build()?;
            if let Some(seconds) = options.self_test_timeout {
                launch::fail_self_test_after(app.handle().clone(), seconds);
            }
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
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
    }
}
