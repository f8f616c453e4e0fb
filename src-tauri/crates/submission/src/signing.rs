//! The per-installation Ed25519 key. It is kept in a file inside the data directory that only the
//! user can read (0600 on Unix): the same place, permissions and backup story as the store itself,
//! it works on every OS and in a portable `--data-dir`, and it needs no keychain prompt. The key
//! identifies an installation (so that only it can withdraw what it sent), not a person.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use crate::encoding::{b64, grouped_fingerprint, unb64};
use crate::SubmissionError;

/// File name of the key inside the data directory.
pub const KEY_FILE: &str = "installation-key.ed25519";
const KEY_FILE_HEADER: &str = "coverready-ed25519-v1";

pub struct Installation {
    key: SigningKey,
    path: PathBuf,
}

impl std::fmt::Debug for Installation {
    // Never print the secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Installation")
            .field("path", &self.path)
            .field("fingerprint", &self.fingerprint())
            .finish()
    }
}

impl Installation {
    /// Loads the installation key from `data_dir`, creating it on first use.
    pub fn load_or_create(data_dir: &Path) -> Result<Installation, SubmissionError> {
        Installation::load_or_create_file(&data_dir.join(KEY_FILE))
    }

    /// Loads the key at `path`, creating it (0600, in a 0700 folder) on first use. The intake
    /// server keeps its receipt key the same way. A link, a device or another user's file at
    /// `path` is refused and left untouched.
    pub fn load_or_create_file(path: &Path) -> Result<Installation, SubmissionError> {
        let path = path.to_path_buf();
        let data_dir = path.parent().unwrap_or(Path::new("."));
        let key_error = |e: &std::io::Error| SubmissionError::KeyStore {
            path: path.display().to_string(),
            detail: e.to_string(),
            cause: coverready_i18n::io_cause(e),
        };
        let bad_key = |detail: &str| SubmissionError::KeyStore {
            path: path.display().to_string(),
            detail: detail.to_owned(),
            cause: "invalid_data",
        };
        coverready_files::private_dir(data_dir).map_err(|e| key_error(&e))?;
        let text = match read_key_file(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut seed = [0u8; 32];
                getrandom::fill(&mut seed)
                    .map_err(|e| key_error(&std::io::Error::other(e.to_string())))?;
                write_new_key_file(&path, &seed).map_err(|e| key_error(&e))?;
                read_key_file(&path)
            }
            read => read,
        }
        .map_err(|e| key_error(&e))?;
        let mut lines = text.lines();
        let seed = match (lines.next(), lines.next().and_then(unb64)) {
            (Some(KEY_FILE_HEADER), Some(seed)) => seed,
            _ => return Err(bad_key("not a CoverReady key file")),
        };
        let seed: [u8; 32] = seed
            .try_into()
            .map_err(|_| bad_key("the key has the wrong length"))?;
        Ok(Installation {
            key: SigningKey::from_bytes(&seed),
            path,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The public key, base64, as it appears in `manifest.json`.
    pub fn public_key_base64(&self) -> String {
        b64(self.key.verifying_key().as_bytes())
    }

    /// SHA-256 of the public key in groups of four hex digits, for the UI.
    pub fn fingerprint(&self) -> String {
        grouped_fingerprint(self.key.verifying_key().as_bytes())
    }

    /// Signs `message`; the signature is base64.
    pub fn sign(&self, message: &[u8]) -> String {
        b64(&self.key.sign(message).to_bytes())
    }
}

/// A key file is two short lines; anything longer is not one (and is not read to its end).
const KEY_FILE_LIMIT: u64 = 1024;

/// Reads the key file without following a link, only if it is a regular file of this user, and
/// takes group and world permissions away when someone loosened them. The mode is changed
/// through the handle just checked, never by path: a link planted at `path` is refused before
/// anything happens to what it points at.
fn read_key_file(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let file = coverready_files::open_regular_no_follow(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if file.metadata()?.permissions().mode() & 0o077 != 0 {
            file.set_permissions(std::fs::Permissions::from_mode(coverready_files::FILE_MODE))?;
        }
    }
    let mut bytes = Vec::new();
    file.take(KEY_FILE_LIMIT + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > KEY_FILE_LIMIT {
        return Err(std::io::ErrorKind::FileTooLarge.into());
    }
    String::from_utf8(bytes).map_err(|_| std::io::ErrorKind::InvalidData.into())
}

/// Writes a new key (0600 from its first byte) under a temporary name and links it into place,
/// so a crash never leaves a half-written key and two processes starting at once agree on one.
fn write_new_key_file(path: &Path, seed: &[u8; 32]) -> std::io::Result<()> {
    let text = format!("{KEY_FILE_HEADER}\n{}\n", b64(seed));
    match coverready_files::write_private_atomically(
        path,
        text.as_bytes(),
        coverready_files::Replace::Never,
    ) {
        // Another process created the key first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        other => other,
    }
}

/// Parses a base64 Ed25519 public key.
pub fn parse_public_key(text: &str) -> Option<VerifyingKey> {
    let bytes: [u8; 32] = unb64(text)?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

/// Verifies a base64 Ed25519 signature of `message` by the base64 `public_key`.
pub fn verify_signature(public_key: &str, message: &[u8], signature: &str) -> bool {
    let Some(key) = parse_public_key(public_key) else {
        return false;
    };
    let Some(sig) = unb64(signature).and_then(|s| <[u8; 64]>::try_from(s).ok()) else {
        return false;
    };
    // verify_strict refuses weak keys and malleable signatures, which a protocol should never need.
    key.verify_strict(message, &Signature::from_bytes(&sig))
        .is_ok()
}

/// A signing key that is not an installation's (the intake server's receipt key, tests).
pub fn signing_key_from_seed(seed: [u8; 32]) -> SigningKey {
    SigningKey::from_bytes(&seed)
}
