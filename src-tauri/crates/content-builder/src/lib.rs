//! The maintainers' side of content packs as a library: signing a pack made from a repository's
//! `assets/` and `locales/` (what `coverready-content build` does), and [`testkit`], the same
//! signing with throw-away keys for tests and benchmarks.

pub mod testkit;

use coverready_content::manifest::Manifest;
use coverready_content::write::{self, PackFile};

/// A signed pack: the manifest signed by `key`, with the optional root-signed key list.
pub fn signed_pack(
    manifest: &Manifest,
    files: &[PackFile],
    key: &minisign::SecretKey,
    key_list: Option<(&[u8], &str)>,
) -> Result<Vec<u8>, String> {
    let json = serde_json::to_vec_pretty(manifest).map_err(|e| e.to_string())?;
    let signature = sign(key, &json)?;
    write::archive(&json, Some(&signature), key_list, files)
}

/// A minisign signature (the `.minisig` text) of `data`.
pub fn sign(key: &minisign::SecretKey, data: &[u8]) -> Result<String, String> {
    minisign::sign(None, key, data, None, None)
        .map(|b| b.into_string())
        .map_err(|e| e.to_string())
}
