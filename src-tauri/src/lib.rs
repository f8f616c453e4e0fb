//! The desktop shell: one window, CoverReady's commands, and the start-up self-test. All logic
//! lives in the core crates; each command here converts, calls and maps the error.

mod commands;
mod launch;
mod state;

use tauri::{WebviewUrl, WebviewWindowBuilder};

use crate::launch::LaunchOptions;
use crate::state::AppState;

/// Starts the app and returns the process exit code.
pub fn run() -> i32 {
    let options = LaunchOptions::from_args(std::env::args().skip(1));
    let state = AppState::open(&options);
    let title = state.window_title();

    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::set_language,
            commands::orgs::list_orgs,
            commands::orgs::create_org,
            commands::orgs::update_org,
            commands::orgs::delete_org,
            commands::orgs::profile_fields,
            commands::app::recover_store,
            commands::app::ui_ready,
            commands::app::update_settings,
            commands::assessments::checklist,
            commands::assessments::current_assessment,
            commands::assessments::start_assessment,
            commands::assessments::ensure_assessment,
            commands::assessments::save_answers,
            commands::assessments::readiness,
            commands::assessments::set_action_done,
            commands::scans::probe_catalogue,
            commands::scans::run_scan,
            commands::scans::domain_check,
            commands::scans::latest_scans,
            commands::scans::keep_answer,
            commands::reports::generate_report,
            commands::reports::open_report,
            commands::reports::save_report_as,
            commands::apply::prepare_submission,
            commands::apply::confirm_submission,
            commands::apply::submissions,
            commands::apply::flush_submissions,
            commands::apply::withdraw_submission,
            commands::jobs::cancel_job,
            commands::reports::open_data_folder,
        ])
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
            eprintln!("CoverReady could not start: {e}");
            3
        }
    }
}
