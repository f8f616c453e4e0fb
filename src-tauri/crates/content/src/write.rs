//! Making a pack from the repository's `assets/` and `locales/`: one implementation for the
//! built-in pack (build.rs compiles this file too) and for `coverready-content build`.

use std::path::Path;

use crate::manifest::{
    sha256_hex, Dataset, FileEntry, Manifest, PackDefinition, FILES_PREFIX, KEYS_NAME,
    KEYS_SIGNATURE_NAME, MANIFEST_FORMAT, MANIFEST_NAME, MANIFEST_SIGNATURE_NAME,
};

/// Where the definition sits under the repository root.
pub const DEFINITION_PATH: &str = "assets/content/pack.json";

/// A file of the pack: its path in the repository and its bytes.
pub type PackFile = (String, Vec<u8>);

/// The definition and every file it names, read from `root` (the repository), in a stable order.
pub fn collect(root: &Path) -> Result<(PackDefinition, Vec<PackFile>), String> {
    let read = |rel: &str| std::fs::read(root.join(rel)).map_err(|e| format!("{rel}: {e}"));
    let definition: PackDefinition = serde_json::from_slice(&read(DEFINITION_PATH)?)
        .map_err(|e| format!("{DEFINITION_PATH}: {e}"))?;
    let mut files = Vec::new();
    for dataset in &definition.datasets {
        for rel in &dataset.files {
            files.push((rel.clone(), read(rel)?));
        }
    }
    let mut languages: Vec<String> = std::fs::read_dir(root.join("locales"))
        .map_err(|e| format!("locales: {e}"))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    languages.sort();
    for language in &languages {
        for name in &definition.locales {
            let rel = format!("locales/{language}/{name}");
            files.push((rel.clone(), read(&rel)?));
        }
    }
    Ok((definition, files))
}

/// The manifest describing `files` as `definition` declares them.
pub fn manifest_for(
    definition: &PackDefinition,
    files: &[PackFile],
    expires: Option<String>,
) -> Manifest {
    Manifest {
        format: MANIFEST_FORMAT,
        id: definition.id.clone(),
        version: definition.version.clone(),
        created: definition.created.clone(),
        expires,
        min_app_version: definition.min_app_version.clone(),
        datasets: definition
            .datasets
            .iter()
            .map(|d| Dataset {
                id: d.id.clone(),
                review_by: d.review_by.clone(),
                files: d.files.clone(),
            })
            .collect(),
        files: files
            .iter()
            .map(|(path, bytes)| FileEntry {
                path: path.clone(),
                sha256: sha256_hex(bytes),
                size: bytes.len() as u64,
            })
            .collect(),
    }
}

/// The archive: an uncompressed tar with the manifest first, its signature, the optional
/// root-signed key list, then the files under `files/`. Fixed modes and times, so the same
/// input gives the same bytes.
pub fn archive(
    manifest_json: &[u8],
    signature: Option<&str>,
    keys: Option<(&[u8], &str)>,
    files: &[PackFile],
) -> Result<Vec<u8>, String> {
    let mut builder = tar::Builder::new(Vec::new());
    let mut add = |name: &str, data: &[u8]| -> Result<(), String> {
        let mut header = tar::Header::new_ustar();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_entry_type(tar::EntryType::Regular);
        builder
            .append_data(&mut header, name, data)
            .map_err(|e| format!("{name}: {e}"))
    };
    add(MANIFEST_NAME, manifest_json)?;
    if let Some(signature) = signature {
        add(MANIFEST_SIGNATURE_NAME, signature.as_bytes())?;
    }
    if let Some((list, list_signature)) = keys {
        add(KEYS_NAME, list)?;
        add(KEYS_SIGNATURE_NAME, list_signature.as_bytes())?;
    }
    for (path, bytes) in files {
        add(&format!("{FILES_PREFIX}{path}"), bytes)?;
    }
    builder.into_inner().map_err(|e| e.to_string())
}
