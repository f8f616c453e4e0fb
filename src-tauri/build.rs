// Every command the app exposes is listed here, so tauri-build generates an `allow-<command>`
// permission for each and denies any command that no capability grants.
const COMMANDS: &[&str] = &[
    "app_info",
    "set_language",
    "list_orgs",
    "create_org",
    "update_org",
    "delete_org",
    "profile_fields",
    "recover_store",
    "ui_ready",
    "update_settings",
    "checklist",
    "current_assessment",
    "start_assessment",
    "ensure_assessment",
    "save_answers",
    "readiness",
    "set_action_done",
    "probe_catalogue",
    "run_scan",
    "domain_check",
    "latest_scans",
    "keep_answer",
    "generate_report",
    "open_report",
    "save_report_as",
    "prepare_submission",
    "confirm_submission",
    "submissions",
    "flush_submissions",
    "withdraw_submission",
    "cancel_job",
    "open_data_folder",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
