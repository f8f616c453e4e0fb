use std::sync::{Mutex, MutexGuard};

use coverready_core::{Error, ErrorCode, Language, Workspace};

use crate::launch::LaunchOptions;

pub struct AppState {
    workspace: Mutex<Workspace>,
    pub options: LaunchOptions,
}

impl AppState {
    pub fn open(options: &LaunchOptions) -> AppState {
        let data_dir = coverready_core::data_dir_from_env(options.data_dir.clone());
        let mut workspace = Workspace::open(&data_dir);
        if let Some(language) = options.language {
            // An explicit --lang is remembered like a switch in the UI.
            let _ = workspace.set_language(language);
        }
        let example = workspace
            .settings()
            .language
            .localizer()
            .text("app-example-org-name");
        // A damaged store is reported by the UI; seeding simply does not happen then.
        let _ = workspace.seed_example_on_first_run(&example);
        AppState {
            workspace: Mutex::new(workspace),
            options: options.clone(),
        }
    }

    pub fn workspace(&self) -> Result<MutexGuard<'_, Workspace>, Error> {
        self.workspace.lock().map_err(|_| {
            Error::new(ErrorCode::Internal, "workspace lock poisoned").with("detail", "lock")
        })
    }

    pub fn language(&self) -> Language {
        self.options
            .language
            .or_else(|| self.workspace().ok().map(|w| w.settings().language))
            .unwrap_or_else(Language::os_default)
    }

    pub fn window_title(&self) -> String {
        self.language().localizer().text("app-window-title")
    }
}
