use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use coverready_core::workshop::WorkshopSettings;
use coverready_core::{lock_workspace, Error, ErrorCode, Language, RunningJobs, Workspace};

use crate::launch::LaunchOptions;

pub struct AppState {
    workspace: Mutex<Workspace>,
    pub options: LaunchOptions,
    /// Long work the owner may cancel (scan, domain check, upload).
    pub jobs: RunningJobs,
}

impl AppState {
    pub fn open(options: &LaunchOptions) -> Result<AppState, Error> {
        let workshop_file = crate::launch::workshop_file(options);
        if options.workshop || workshop_file.is_some() {
            return Self::open_workshop(options, workshop_file.as_deref());
        }
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
        Ok(AppState {
            workspace: Mutex::new(workspace),
            options: options.clone(),
            jobs: RunningJobs::default(),
        })
    }

    /// A shared laptop's session: an in-memory store, no example, the facilitator's language.
    fn open_workshop(options: &LaunchOptions, file: Option<&Path>) -> Result<AppState, Error> {
        let settings = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    Error::new(ErrorCode::InvalidArgument, e.to_string())
                        .with("field", "workshop.json")
                        .with("message_id", "error-workshop-settings")
                        .with_io(&e)
                })?;
                WorkshopSettings::from_json(&text)?
            }
            None => WorkshopSettings::default(),
        };
        let language = options.language.or(settings.language);
        let mut workspace = Workspace::open_workshop(settings);
        if let Some(language) = language {
            let _ = workspace.set_language(language);
        }
        Ok(AppState {
            workspace: Mutex::new(workspace),
            options: options.clone(),
            jobs: RunningJobs::default(),
        })
    }

    pub fn is_workshop(&self) -> bool {
        self.workspace().is_ok_and(|w| w.workshop().is_some())
    }

    pub fn workspace(&self) -> Result<MutexGuard<'_, Workspace>, Error> {
        lock_workspace(&self.workspace)
    }

    /// For work that locks the workspace only for its store steps (uploads).
    pub fn shared_workspace(&self) -> &Mutex<Workspace> {
        &self.workspace
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
