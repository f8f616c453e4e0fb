//! The pack's manifest and the definition it is built from. Also compiled into build.rs (which
//! makes the built-in pack), so it uses nothing but serde, serde_json, sha2 and std.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The manifest format this app reads and writes.
pub const MANIFEST_FORMAT: u32 = 1;

/// Names inside the archive.
pub const MANIFEST_NAME: &str = "manifest.json";
pub const MANIFEST_SIGNATURE_NAME: &str = "manifest.json.minisig";
pub const KEYS_NAME: &str = "keys.json";
pub const KEYS_SIGNATURE_NAME: &str = "keys.json.minisig";
/// Every data and locale file sits under this folder, at its path in the repository.
pub const FILES_PREFIX: &str = "files/";

/// `assets/content/pack.json`: what a pack is made of.
#[derive(Debug, Clone, Deserialize)]
pub struct PackDefinition {
    pub id: String,
    pub version: String,
    pub created: String,
    pub min_app_version: String,
    pub datasets: Vec<DatasetDefinition>,
    /// File names under `locales/<language>/`, taken for every language there.
    pub locales: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DatasetDefinition {
    pub id: String,
    pub review_by: String,
    pub files: Vec<String>,
}

/// What the signature covers: the pack's identity, its limits and the hash of every file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub id: String,
    /// Semantic version; a pack never replaces one with the same or a higher version.
    pub version: String,
    /// RFC 3339.
    pub created: String,
    /// RFC 3339; `None` only for the pack compiled into the app.
    pub expires: Option<String>,
    pub min_app_version: String,
    pub datasets: Vec<Dataset>,
    pub files: Vec<FileEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// `eol`, `checklist`…: worded as `content-dataset-<id>`.
    pub id: String,
    /// `YYYY-MM-DD`: after this day the data is shown as out of date.
    pub review_by: String,
    pub files: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// `assets/eol/os.json`, `locales/zh-CN/checklist.ftl`.
    pub path: String,
    /// Lower-case hex SHA-256 of the file.
    pub sha256: String,
    pub size: u64,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
