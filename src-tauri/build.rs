//! The shell's commands are declared once, as `#[tauri::command]` functions in src/commands/.
//! From them this script makes tauri-build's command list (an `allow-<command>` permission for
//! each; any command no capability grants is denied), the handler list `lib.rs` includes, and the
//! main window's capability: exactly those commands, nothing else.

use std::path::PathBuf;

fn main() {
    let commands = coverready_contract::read_commands(std::path::Path::new("src/commands"))
        .unwrap_or_else(|e| panic!("reading the commands: {e}"));
    println!("cargo:rerun-if-changed=src/commands");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    coverready_contract::write_if_changed(
        &out.join("handlers.rs"),
        &coverready_contract::handler_list(&commands),
    );
    let capabilities = out.join("capabilities");
    std::fs::create_dir_all(&capabilities).expect("create OUT_DIR/capabilities");
    coverready_contract::write_if_changed(
        &capabilities.join("main-window.json"),
        &coverready_contract::capability_json(&commands),
    );
    // tauri-build keeps the pattern for the whole build; the leak is one string, once.
    let pattern: &'static str =
        Box::leak(format!("{}/*.json", capabilities.display()).into_boxed_str());
    let names = coverready_contract::command_names(&commands);
    let names: Vec<&'static str> = names
        .into_iter()
        .map(|n| &*Box::leak(n.into_boxed_str()))
        .collect();
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern(pattern)
            .app_manifest(
                tauri_build::AppManifest::new().commands(Box::leak(names.into_boxed_slice())),
            ),
    )
    .expect("tauri-build failed");
}
