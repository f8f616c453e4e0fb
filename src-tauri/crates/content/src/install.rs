//! Installed packs in the data folder: `content/current.coverready-content` and the one before
//! it, `content/previous.coverready-content`. Installing writes a staging file and renames, so
//! a killed process or a full disk leaves the previous state whole.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::ContentError;
use crate::set::{ContentSet, Origin};
use crate::verify::{open_signed, Trust};

pub const CONTENT_DIR: &str = "content";
pub const CURRENT_FILE: &str = "current.coverready-content";
pub const PREVIOUS_FILE: &str = "previous.coverready-content";
/// The extension of pack files.
pub const PACK_EXTENSION: &str = "coverready-content";

/// The app's own checks of a pack's data (every question in both languages…), run before a
/// pack is installed and every time one is loaded.
pub type Validate<'a> = &'a dyn Fn(&ContentSet) -> Result<(), ContentError>;

/// The version of CoverReady, which a pack's `min_app_version` is compared with.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

fn dir(data_dir: &Path) -> PathBuf {
    data_dir.join(CONTENT_DIR)
}

/// What loading the installed packs found.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub set: ContentSet,
    /// Why an installed pack was passed over (it stays on disk, untouched).
    pub passed_over: Vec<PassedOver>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PassedOver {
    pub origin: Origin,
    pub error: ContentError,
}

/// The content to use: the newest of the installed pack, the one before it (when the newest
/// cannot be used) and the built-in pack, each fully checked again.
pub fn load(data_dir: &Path, trust: &Trust, validate: Validate<'_>) -> Loaded {
    let builtin = crate::active::builtin();
    let mut passed_over = Vec::new();
    for (file, origin) in [
        (CURRENT_FILE, Origin::Installed),
        (PREVIOUS_FILE, Origin::Previous),
    ] {
        let path = dir(data_dir).join(file);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                passed_over.push(PassedOver {
                    origin,
                    error: ContentError::io(&path, e),
                });
                continue;
            }
        };
        match open_signed(&bytes, trust, origin).and_then(|set| {
            requires_app(&set)?;
            validate(&set)?;
            Ok(set)
        }) {
            // A newer app may ship newer content than an older installed pack.
            Ok(set) if set.version() > builtin.version() => {
                return Loaded { set, passed_over };
            }
            Ok(_) => break,
            Err(error) => passed_over.push(PassedOver { origin, error }),
        }
    }
    Loaded {
        set: (*builtin).clone(),
        passed_over,
    }
}

/// A pack for a newer CoverReady is refused.
pub fn requires_app(set: &ContentSet) -> Result<(), ContentError> {
    let needs = semver::Version::parse(&set.manifest.min_app_version).map_err(|e| {
        ContentError::BadManifest {
            detail: format!("min_app_version: {e}"),
        }
    })?;
    let app = semver::Version::parse(APP_VERSION).expect("the crate version is semver");
    if needs > app {
        return Err(ContentError::NewerApp {
            needs: set.manifest.min_app_version.clone(),
        });
    }
    Ok(())
}

/// Every check a pack offered for installation must pass, against the content in use.
pub fn check_offered(
    bytes: &[u8],
    trust: &Trust,
    in_use: &ContentSet,
    now: i64,
    validate: Validate<'_>,
) -> Result<ContentSet, ContentError> {
    let set = open_signed(bytes, trust, Origin::Offered)?;
    if let Some(expires) = &set.manifest.expires {
        let at =
            coverready_time::parse_rfc3339(expires).map_err(|e| ContentError::BadManifest {
                detail: format!("expires: {e}"),
            })?;
        if at <= now {
            return Err(ContentError::Expired {
                expires: expires.clone(),
            });
        }
    }
    if set.version() <= in_use.version() {
        return Err(ContentError::NotNewer {
            offered: set.manifest.version.clone(),
            installed: in_use.manifest.version.clone(),
        });
    }
    requires_app(&set)?;
    validate(&set)?;
    Ok(set)
}

/// Checks `bytes` and installs them as the current pack, keeping the one before as the
/// previous pack; answers the installed content. Nothing on disk changes when a check fails.
pub fn install(
    data_dir: &Path,
    bytes: &[u8],
    trust: &Trust,
    in_use: &ContentSet,
    now: i64,
    validate: Validate<'_>,
) -> Result<ContentSet, ContentError> {
    let set = check_offered(bytes, trust, in_use, now, validate)?;
    let dir = dir(data_dir);
    std::fs::create_dir_all(&dir).map_err(|e| ContentError::io(&dir, e))?;
    let staging = dir.join(format!(".staging-{}.tmp", std::process::id()));
    let written = (|| {
        let mut file = std::fs::File::create(&staging)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&staging);
        return Err(ContentError::io(&staging, e));
    }
    let current = dir.join(CURRENT_FILE);
    if current.exists() {
        let previous = dir.join(PREVIOUS_FILE);
        if let Err(e) = std::fs::rename(&current, &previous) {
            let _ = std::fs::remove_file(&staging);
            return Err(ContentError::io(&previous, e));
        }
    }
    // Killed between the two renames, the next start finds no current pack and loads the
    // previous one: the state before this install.
    std::fs::rename(&staging, &current).map_err(|e| ContentError::io(&current, e))?;
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(set.with_origin(Origin::Installed))
}
