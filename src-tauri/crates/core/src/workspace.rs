//! The data folder and the store in it, as one object both edges hold.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use coverready_checklist::{ContentPack, Profile, ProfileSchema};
use coverready_store::{ProfileWrite, Store, StoreError, STORE_FILE};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::consent::PendingConsents;
use crate::orgs::{field_infos, organisation_from_row, validate_name, validated_profile};
use crate::{Error, ErrorCode, Language, OrgInput, Organisation, ProfileFieldInfo};

/// Environment variable that overrides the data folder (tests, portable use on a USB stick).
pub const DATA_DIR_ENV: &str = "COVERREADY_DATA_DIR";

/// Identifier of the app; also the name of its folder in the OS app-data directory, so the CLI
/// and the desktop app find the same store.
pub const APP_IDENTIFIER: &str = "org.coverready.desktop";

const LANGUAGE_SETTING: &str = "language";
const TEXT_SCALE_SETTING: &str = "text_scale";
const HIGH_CONTRAST_SETTING: &str = "high_contrast";
const EXAMPLE_SEEDED_SETTING: &str = "example_seeded";

/// Locks a workspace shared between threads (the desktop app's commands). A panic while it was
/// held is reported, not propagated: the store's own transactions kept the data consistent.
pub fn lock<W>(workspace: &Mutex<W>) -> Result<MutexGuard<'_, W>, Error> {
    workspace.lock().map_err(|_| {
        Error::new(ErrorCode::Internal, "workspace lock poisoned").with("detail", "lock")
    })
}

/// The data folder: an explicit choice, else `COVERREADY_DATA_DIR`, else the OS app-data folder.
pub fn data_dir_from_env(explicit: Option<PathBuf>) -> PathBuf {
    explicit
        .or_else(|| {
            std::env::var_os(DATA_DIR_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(|| {
            dirs::data_dir()
                .unwrap_or_else(|| PathBuf::from("."))
                .join(APP_IDENTIFIER)
        })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct Settings {
    pub language: Language,
    /// Text size in percent of the default: 100, 125, 150 or 200.
    pub text_scale: u16,
    pub high_contrast: bool,
}

/// The text sizes offered (WCAG asks for 200 % without loss).
pub const TEXT_SCALES: [u16; 4] = [100, 125, 150, 200];

/// Whether the store could be opened, and if not, why (the UI offers recovery for `corrupt`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
#[ts(export, export_to = "bindings.ts")]
pub enum StoreStatus {
    Ok,
    Corrupt {
        path: String,
    },
    TooNew {
        path: String,
        found: i64,
        supported: i64,
    },
    Unavailable {
        path: String,
        /// The system's own words, for logs and bug reports (English whatever the language).
        detail: String,
        /// Why, as a cause the locale files word (`cause-<id>`).
        cause: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    pub settings: Settings,
    pub store: StoreStatus,
    /// Workshop mode on a shared laptop: nothing is written to disk (see `workshop.rs`).
    pub workshop: Option<crate::workshop_settings::WorkshopSettings>,
}

/// What the front end reports once a screen has rendered (used by the start-up self-test).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, export_to = "bindings.ts")]
pub struct UiReadyReport {
    pub screen: String,
    pub language: Language,
    pub org_names: Vec<String>,
}

impl UiReadyReport {
    /// The report comes from the webview: bounded before it is printed.
    pub fn validate(&self) -> Result<(), Error> {
        if self.screen.len() > 64 || self.org_names.len() > 100_000 {
            return Err(
                Error::new(ErrorCode::InvalidArgument, "ui_ready report too large")
                    .with("field", "report"),
            );
        }
        Ok(())
    }
}

pub struct Workspace {
    data_dir: PathBuf,
    store: Result<Store, StoreError>,
    /// Packages built and shown to the owner, waiting for their consent.
    pub(crate) pending_consents: PendingConsents,
    /// Set in workshop mode: the store lives in memory only.
    pub(crate) workshop: Option<crate::workshop_settings::WorkshopSettings>,
    /// Installed content packs that could not be used when the workspace opened, and why.
    pub(crate) content_passed_over: Vec<coverready_content::PassedOver>,
}

impl Workspace {
    /// Opens the store in `data_dir`. Never fails: a store that cannot be used is remembered, so
    /// the app can start, explain the problem in the user's language and offer a way out.
    pub fn open(data_dir: &Path) -> Workspace {
        let mut workspace =
            Workspace::with_store(data_dir, Store::open(&data_dir.join(STORE_FILE)));
        workspace.load_content();
        workspace
    }

    pub(crate) fn with_store(
        data_dir: &Path,
        store: Result<Store, coverready_store::StoreError>,
    ) -> Workspace {
        Workspace {
            data_dir: data_dir.to_path_buf(),
            store,
            pending_consents: PendingConsents::default(),
            workshop: None,
            content_passed_over: Vec::new(),
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn store_path(&self) -> PathBuf {
        self.data_dir.join(STORE_FILE)
    }

    /// Tries again to open a store that could not be opened at all (a missing, read-only or
    /// blocked data folder the owner may have fixed since), then describes the workspace: what
    /// the window's Retry asks. A damaged or too-new store is left as it is.
    pub fn retry_and_describe(&mut self) -> AppInfo {
        if matches!(self.store_status(), StoreStatus::Unavailable { .. }) {
            self.store = Store::open(&self.store_path());
        }
        self.info()
    }

    pub fn store_status(&self) -> StoreStatus {
        match &self.store {
            Ok(_) => StoreStatus::Ok,
            Err(StoreError::Corrupt { .. }) => StoreStatus::Corrupt {
                path: self.store_path().display().to_string(),
            },
            Err(StoreError::TooNew {
                found, supported, ..
            }) => StoreStatus::TooNew {
                path: self.store_path().display().to_string(),
                found: *found,
                supported: *supported,
            },
            Err(other) => StoreStatus::Unavailable {
                path: self.store_path().display().to_string(),
                detail: other.to_string(),
                cause: match other {
                    StoreError::Io { cause, .. } | StoreError::Full { cause, .. } => cause,
                    _ => "other",
                }
                .to_owned(),
            },
        }
    }

    /// The error to show when the store is not usable (with the path of the file, which the
    /// store's own error may not know).
    fn store_problem(&self) -> Option<Error> {
        let e = self.store.as_ref().err()?;
        let mut error = Error::from(e.clone());
        if error.details.contains_key("path") {
            error = error.with("path", self.store_path().display());
        }
        Some(error)
    }

    pub(crate) fn store(&mut self) -> Result<&mut Store, Error> {
        if let Some(problem) = self.store_problem() {
            return Err(problem);
        }
        Ok(self.store.as_mut().expect("checked above"))
    }

    pub(crate) fn store_ref(&self) -> Result<&Store, Error> {
        match &self.store {
            Ok(store) => Ok(store),
            Err(_) => Err(self.store_problem().expect("store is an error")),
        }
    }

    /// Moves a damaged store aside (never deletes it) and starts a fresh one. Returns where the
    /// damaged file now is. Only allowed when the store is damaged: a healthy store or one from
    /// a newer version is never moved.
    pub fn recover_damaged_store(&mut self) -> Result<PathBuf, Error> {
        if !matches!(self.store, Err(StoreError::Corrupt { .. })) {
            return Err(
                Error::new(ErrorCode::InvalidArgument, "the store is not damaged")
                    .with("field", "store"),
            );
        }
        let aside = coverready_store::move_aside(&self.store_path())?;
        self.store = Store::open(&self.store_path());
        self.store()?;
        Ok(aside)
    }

    pub fn settings(&self) -> Settings {
        let stored = |key: &str| {
            self.store
                .as_ref()
                .ok()
                .and_then(|s| s.setting(key).ok().flatten())
        };
        Settings {
            language: stored(LANGUAGE_SETTING)
                .and_then(|tag| Language::from_tag(&tag))
                .unwrap_or_else(Language::os_default),
            text_scale: stored(TEXT_SCALE_SETTING)
                .and_then(|v| v.parse().ok())
                .filter(|v| TEXT_SCALES.contains(v))
                .unwrap_or(100),
            high_contrast: stored(HIGH_CONTRAST_SETTING).as_deref() == Some("1"),
        }
    }

    /// Saves every setting at once (the settings screen sends them together).
    pub fn update_settings(&mut self, settings: &Settings) -> Result<Settings, Error> {
        if !TEXT_SCALES.contains(&settings.text_scale) {
            return Err(
                Error::new(ErrorCode::InvalidArgument, "unsupported text scale")
                    .with("field", "text_scale"),
            );
        }
        let scale = settings.text_scale.to_string();
        self.store()?.set_settings(&[
            (LANGUAGE_SETTING, settings.language.tag()),
            (TEXT_SCALE_SETTING, &scale),
            (
                HIGH_CONTRAST_SETTING,
                if settings.high_contrast { "1" } else { "0" },
            ),
        ])?;
        Ok(self.settings())
    }

    pub fn set_language(&mut self, language: Language) -> Result<Settings, Error> {
        self.store()?
            .set_setting(LANGUAGE_SETTING, language.tag())?;
        Ok(self.settings())
    }

    pub fn info(&self) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            data_dir: self.data_dir.display().to_string(),
            settings: self.settings(),
            store: self.store_status(),
            workshop: self.workshop.clone(),
        }
    }

    pub fn profile_schema() -> &'static ProfileSchema {
        &ContentPack::current().profile
    }

    pub fn profile_fields() -> Vec<ProfileFieldInfo> {
        field_infos(
            Self::profile_schema(),
            &coverready_checklist::deciding_fields(ContentPack::current()),
        )
    }

    pub fn list_orgs(&self) -> Result<Vec<Organisation>, Error> {
        Ok(self
            .store_ref()?
            .orgs()?
            .into_iter()
            .map(organisation_from_row)
            .collect())
    }

    pub fn org(&self, id: i64) -> Result<Organisation, Error> {
        Ok(organisation_from_row(self.store_ref()?.org(id)?))
    }

    pub fn create_org(&mut self, input: &OrgInput) -> Result<Organisation, Error> {
        let name = validate_name(&input.name)?;
        let profile = validated_profile(Self::profile_schema(), &input.profile)?;
        Ok(organisation_from_row(
            self.store()?.insert_org(&name, &profile)?,
        ))
    }

    /// Renames the organisation and replaces its whole profile with `input.profile` (the UI sends
    /// the full profile it edited).
    pub fn update_org(&mut self, id: i64, input: &OrgInput) -> Result<Organisation, Error> {
        let name = validate_name(&input.name)?;
        let profile = validated_profile(Self::profile_schema(), &input.profile)?;
        Ok(organisation_from_row(self.store()?.update_org(
            id,
            Some(&name),
            &profile,
            ProfileWrite::Replace,
        )?))
    }

    /// Renames the organisation; its profile stays as it is.
    pub fn rename_org(&mut self, id: i64, name: &str) -> Result<Organisation, Error> {
        let name = validate_name(name)?;
        let row =
            self.store()?
                .update_org(id, Some(&name), &Default::default(), ProfileWrite::Merge)?;
        Ok(organisation_from_row(row))
    }

    /// Sets profile values given as `field=value` text (the CLI's form), all or nothing.
    pub fn set_profile_text(
        &mut self,
        id: i64,
        assignments: &[(String, String)],
    ) -> Result<Organisation, Error> {
        let schema = Self::profile_schema();
        let mut profile = Profile::new();
        let mut cleared = Vec::new();
        for (field, raw) in assignments {
            if raw.is_empty() {
                schema.field(field).ok_or_else(|| {
                    Error::new(
                        ErrorCode::UnknownProfileField,
                        format!("unknown field {field}"),
                    )
                    .with("field", field)
                })?;
                cleared.push(field.as_str());
            } else {
                profile.insert(field.clone(), schema.parse_value(field, raw)?);
            }
        }
        let values = validated_profile(schema, &profile)?;
        let store = self.store()?;
        store.update_org(id, None, &values, ProfileWrite::Merge)?;
        if !cleared.is_empty() {
            store.clear_profile_fields(id, &cleared)?;
        }
        self.org(id)
    }

    pub fn delete_org(&mut self, id: i64) -> Result<(), Error> {
        Ok(self.store()?.delete_org(id)?)
    }

    /// On the very first start of the app, adds one example organisation so the home screen is
    /// not empty and the owner can look around. Done once: deleting it does not bring it back.
    pub fn seed_example_on_first_run(&mut self, example_name: &str) -> Result<(), Error> {
        let store = self.store()?;
        if store.setting(EXAMPLE_SEEDED_SETTING)?.is_some() {
            return Ok(());
        }
        if store.orgs()?.is_empty() {
            let mut profile = Profile::new();
            let schema = Self::profile_schema();
            for (field, value) in [
                ("industry", "retail"),
                ("headcount_band", "1-9"),
                ("revenue_band", "1m-10m"),
                ("region", "beijing"),
            ] {
                profile.insert(field.to_owned(), schema.parse_value(field, value)?);
            }
            self.create_org(&OrgInput {
                name: example_name.to_owned(),
                profile,
            })?;
        }
        self.store()?.set_setting(EXAMPLE_SEEDED_SETTING, "1")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorCode, Language, OrgInput};

    /// #12 item 9: the main store filling up (SQLite's own SQLITE_FULL, made by capping its
    /// pages) is a full disk in the owner's words, not "something went wrong inside".
    #[test]
    fn a_full_store_tells_the_owner_the_disk_is_full() {
        let dir = tempfile::tempdir().unwrap();
        let mut ws = Workspace::open(dir.path());
        let input = |i: usize| OrgInput {
            name: format!("示例企业{i}{}", "名".repeat(150)),
            profile: Default::default(),
        };
        ws.create_org(&input(0)).unwrap();
        ws.store_ref().unwrap().stop_growing().unwrap();
        let e = (1..500)
            .find_map(|i| ws.create_org(&input(i)).err())
            .expect("the capped store fills up");
        assert_eq!(e.code, ErrorCode::DiskFull, "{e:?}");
        assert_eq!(e.details["cause"], "storage_full", "{e:?}");
        let zh = e.localized(&Language::ZhCn.localizer());
        assert!(zh.contains("磁盘空间不足"), "{zh}");
        assert!(!zh.contains("或为只读"), "{zh}");
        assert!(
            !zh.chars().any(|c| c.is_ascii_alphabetic()),
            "English in: {zh}"
        );
        let en = e.localized(&Language::EnUs.localizer());
        assert!(en.contains("The disk is full"), "{en}");
        // What was stored is kept.
        assert!(!ws.list_orgs().unwrap().is_empty());
    }

    /// A read-only store is not called full, and a full disk found by the system (ENOSPC) is
    /// worded like SQLite's.
    #[test]
    fn store_errors_name_the_disk_full_cause() {
        let read_only = Error::from(StoreError::Full {
            detail: "attempt to write a readonly database".into(),
            cause: "read_only",
        });
        assert_eq!(read_only.code, ErrorCode::DiskFull);
        assert_eq!(read_only.details["cause"], "read_only");
        let zh = read_only.localized(&Language::ZhCn.localizer());
        assert!(zh.contains("只读"), "{zh}");
        #[cfg(unix)]
        {
            let enospc = StoreError::Io {
                path: "/data/coverready.db".into(),
                detail: "No space left on device (os error 28)".into(),
                cause: coverready_i18n::io_cause(&std::io::Error::from_raw_os_error(28)),
            };
            let e = Error::from(enospc);
            assert_eq!(e.code, ErrorCode::DiskFull);
            assert_eq!(e.details["cause"], "storage_full");
            let zh = e.localized(&Language::ZhCn.localizer());
            assert!(
                zh.contains("磁盘空间不足") && !zh.contains("No space"),
                "{zh}"
            );
        }
    }
}
