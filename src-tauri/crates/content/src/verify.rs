//! Checking a pack: its signature against the pinned root keys (or a content key the root
//! signed), every file against the manifest's hashes, and the manifest's own limits.

use std::collections::BTreeMap;

use minisign_verify::{PublicKey, Signature};
use serde::Deserialize;

use crate::error::ContentError;
use crate::manifest::{
    sha256_hex, Manifest, FILES_PREFIX, KEYS_NAME, KEYS_SIGNATURE_NAME, MANIFEST_FORMAT,
    MANIFEST_NAME, MANIFEST_SIGNATURE_NAME,
};
use crate::read;
use crate::set::{ContentSet, Origin};

/// The content root public keys pinned into this build (minisign public key files). Packs
/// are signed with one of these or with a content key a root signed in the pack's key list.
/// The secret keys are held by the maintainers and are not in the repository.
const PINNED_ROOTS: &[&str] = &[include_str!("../keys/content-root-1.pub")];

/// Debug builds only (tests, `cargo run`): a minisign public key file named here is trusted as
/// an extra root, so tests can sign packs with a throw-away key. Release builds do not contain
/// this code, so no environment variable can add or replace a root there.
#[cfg(debug_assertions)]
pub const TEST_ROOT_ENV: &str = "COVERREADY_CONTENT_TEST_ROOT";

/// The keys a pack's signature is checked against.
pub struct Trust {
    roots: Vec<PublicKey>,
}

impl Trust {
    /// The pinned roots (plus, in a debug build, the test root from [`TEST_ROOT_ENV`]).
    pub fn pinned() -> Trust {
        let roots = PINNED_ROOTS
            .iter()
            .map(|text| PublicKey::decode(text.trim()).expect("pinned content root key"))
            .chain(test_root_from_env())
            .collect();
        Trust { roots }
    }

    /// Trusts exactly these minisign public key files' texts (tests and benchmarks; the app
    /// never calls it, and it reads no environment).
    pub fn test_roots(keys: &[&str]) -> Trust {
        Trust {
            roots: keys
                .iter()
                .map(|text| PublicKey::decode(text.trim()).expect("test root key"))
                .collect(),
        }
    }
}

/// The key file [`TEST_ROOT_ENV`] names, in a debug build.
#[cfg(debug_assertions)]
fn test_root_from_env() -> Option<PublicKey> {
    let text = std::fs::read_to_string(std::env::var_os(TEST_ROOT_ENV)?).ok()?;
    PublicKey::decode(text.trim()).ok()
}

/// Release builds: no hook at all.
#[cfg(not(debug_assertions))]
fn test_root_from_env() -> Option<PublicKey> {
    None
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyList {
    format: u32,
    keys: Vec<ListedKey>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListedKey {
    /// The minisign public key in base64 (the second line of a `.pub` file).
    public_key: String,
    /// RFC 3339: the key signs no pack created after this.
    not_after: String,
}

/// Opens a pack downloaded or chosen by the owner: signature, hashes and manifest checked.
pub fn open_signed(
    bytes: &[u8],
    trust: &Trust,
    origin: Origin,
) -> Result<ContentSet, ContentError> {
    let mut entries = read::entries(bytes)?;
    let manifest_bytes = take(&mut entries, MANIFEST_NAME)?;
    let signature =
        take(&mut entries, MANIFEST_SIGNATURE_NAME).map_err(|_| ContentError::UntrustedKey)?;
    let signature = decode_signature(&signature)?;
    let mut keys: Vec<(PublicKey, Option<i64>)> =
        trust.roots.iter().cloned().map(|k| (k, None)).collect();
    if let Some(list) = entries.remove(KEYS_NAME) {
        let list_signature = take(&mut entries, KEYS_SIGNATURE_NAME)?;
        let list_signature = decode_signature(&list_signature)?;
        signed_by(
            &trust
                .roots
                .iter()
                .map(|k| (k.clone(), None))
                .collect::<Vec<_>>(),
            &list,
            &list_signature,
            None,
        )?;
        let list: KeyList =
            serde_json::from_slice(&list).map_err(|e| ContentError::BadManifest {
                detail: format!("{KEYS_NAME}: {e}"),
            })?;
        if list.format != 1 {
            return Err(ContentError::BadManifest {
                detail: format!("{KEYS_NAME}: format {}", list.format),
            });
        }
        for listed in list.keys {
            let key = PublicKey::from_base64(listed.public_key.trim()).map_err(|e| {
                ContentError::BadManifest {
                    detail: format!("{KEYS_NAME}: {e}"),
                }
            })?;
            let not_after = coverready_time::parse_rfc3339(&listed.not_after).map_err(|e| {
                ContentError::BadManifest {
                    detail: format!("{KEYS_NAME}: {e}"),
                }
            })?;
            keys.push((key, Some(not_after)));
        }
    }
    let manifest = parse_manifest(&manifest_bytes)?;
    let created = coverready_time::parse_rfc3339(&manifest.created).map_err(|e| {
        ContentError::BadManifest {
            detail: format!("created: {e}"),
        }
    })?;
    signed_by(&keys, &manifest_bytes, &signature, Some(created))?;
    if manifest.expires.is_none() {
        return Err(ContentError::BadManifest {
            detail: "a published pack must have an expiry".into(),
        });
    }
    finish(manifest, entries, origin)
}

/// Opens the pack compiled into the app: the same checks except the signature (the pack is
/// part of the binary, which the installer's signature covers).
pub fn open_embedded(bytes: &[u8]) -> Result<ContentSet, ContentError> {
    let mut entries = read::entries(bytes)?;
    let manifest_bytes = take(&mut entries, MANIFEST_NAME)?;
    let manifest = parse_manifest(&manifest_bytes)?;
    finish(manifest, entries, Origin::BuiltIn)
}

fn take(entries: &mut BTreeMap<String, Vec<u8>>, name: &str) -> Result<Vec<u8>, ContentError> {
    entries.remove(name).ok_or_else(|| ContentError::NotAPack {
        detail: format!("no {name}"),
    })
}

fn decode_signature(bytes: &[u8]) -> Result<Signature, ContentError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ContentError::Tampered {
        what: "signature".into(),
    })?;
    Signature::decode(text).map_err(|_| ContentError::Tampered {
        what: "signature".into(),
    })
}

/// Verified by one of `keys` (a listed key only for packs created before its `not_after`).
fn signed_by(
    keys: &[(PublicKey, Option<i64>)],
    data: &[u8],
    signature: &Signature,
    created: Option<i64>,
) -> Result<(), ContentError> {
    for (key, not_after) in keys {
        match key.verify(data, signature, false) {
            Ok(()) => {
                return match (not_after, created) {
                    (Some(limit), Some(created)) if created > *limit => {
                        Err(ContentError::UntrustedKey)
                    }
                    _ => Ok(()),
                }
            }
            Err(minisign_verify::Error::UnexpectedKeyId) => continue,
            Err(_) => {
                return Err(ContentError::Tampered {
                    what: "signature".into(),
                })
            }
        }
    }
    Err(ContentError::UntrustedKey)
}

fn parse_manifest(bytes: &[u8]) -> Result<Manifest, ContentError> {
    let bad = |detail: String| ContentError::BadManifest { detail };
    // The format is read first, so a newer manifest says so instead of failing on its fields.
    let probe: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| bad(e.to_string()))?;
    let format = probe.get("format").and_then(|f| f.as_u64()).unwrap_or(0);
    if format > u64::from(MANIFEST_FORMAT) {
        return Err(ContentError::NewerApp {
            needs: probe
                .get("min_app_version")
                .and_then(|v| v.as_str())
                .unwrap_or("?")
                .to_owned(),
        });
    }
    let manifest: Manifest = serde_json::from_value(probe).map_err(|e| bad(e.to_string()))?;
    if manifest.format != MANIFEST_FORMAT {
        return Err(bad(format!("format {}", manifest.format)));
    }
    semver::Version::parse(&manifest.version).map_err(|e| bad(format!("version: {e}")))?;
    semver::Version::parse(&manifest.min_app_version)
        .map_err(|e| bad(format!("min_app_version: {e}")))?;
    if let Some(expires) = &manifest.expires {
        coverready_time::parse_rfc3339(expires).map_err(|e| bad(format!("expires: {e}")))?;
    }
    for dataset in &manifest.datasets {
        crate::stale::review_by_unix(&dataset.review_by)
            .ok_or_else(|| bad(format!("{}: review_by {}", dataset.id, dataset.review_by)))?;
        for file in &dataset.files {
            if !manifest.files.iter().any(|f| &f.path == file) {
                return Err(bad(format!("{}: {file} is not in the pack", dataset.id)));
            }
        }
    }
    Ok(manifest)
}

/// Every listed file present with its hash, nothing else in the archive.
fn finish(
    manifest: Manifest,
    mut entries: BTreeMap<String, Vec<u8>>,
    origin: Origin,
) -> Result<ContentSet, ContentError> {
    let mut files = BTreeMap::new();
    for entry in &manifest.files {
        let bytes = entries
            .remove(&format!("{FILES_PREFIX}{}", entry.path))
            .ok_or_else(|| ContentError::Tampered {
                what: entry.path.clone(),
            })?;
        if bytes.len() as u64 != entry.size || sha256_hex(&bytes) != entry.sha256 {
            return Err(ContentError::Tampered {
                what: entry.path.clone(),
            });
        }
        files.insert(entry.path.clone(), bytes);
    }
    if let Some(extra) = entries.keys().next() {
        return Err(ContentError::Tampered {
            what: extra.clone(),
        });
    }
    ContentSet::new(manifest, files, origin)
}
