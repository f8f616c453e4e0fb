//! The workshop webview's own folder in the temp folder: one per session, removed when the app
//! ends, and any left by a killed session removed at the next start.

use std::path::PathBuf;

const PREFIX: &str = "coverready-workshop-webview-";

/// Removes folders of earlier sessions, then names a new one for this session.
pub fn fresh_dir() -> PathBuf {
    remove_all();
    std::env::temp_dir().join(format!("{PREFIX}{}", std::process::id()))
}

/// Removes every session folder (only ours: the name says so).
pub fn remove_all() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with(PREFIX) {
            // Not following links: a folder of ours is a real folder.
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}
