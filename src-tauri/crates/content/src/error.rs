use thiserror::Error;

/// Why a pack was refused or could not be used. Each has a stable code the locale files word
/// (`content-error-<code>`); the fields are shown as the message's arguments.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ContentError {
    /// Not a tar archive, or a part of it cannot be read.
    #[error("not a content pack: {detail}")]
    NotAPack { detail: String },
    /// The archive ends early: a download cut short.
    #[error("the pack is incomplete")]
    Truncated,
    #[error("the pack is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    /// A signature that does not match, a file whose hash is not the manifest's, a file the
    /// manifest lists that is not there, or one it does not list.
    #[error("the pack was changed after it was signed: {what}")]
    Tampered { what: String },
    /// Signed, but not by a key this app trusts.
    #[error("the pack is not signed by a trusted key")]
    UntrustedKey,
    #[error("the pack expired on {expires}")]
    Expired { expires: String },
    /// Rollback protection: never older than (or the same as) what is in use.
    #[error("the pack's version {offered} is not newer than {installed}")]
    NotNewer { offered: String, installed: String },
    #[error("the pack needs CoverReady {needs} or later")]
    NewerApp { needs: String },
    #[error("the manifest is invalid: {detail}")]
    BadManifest { detail: String },
    /// The content itself fails the app's checks (a question without Chinese text…).
    #[error("{file}: {detail}")]
    Invalid { file: String, detail: String },
    #[error("{path}: {detail}")]
    Io { path: String, detail: String },
}

impl ContentError {
    pub fn code(&self) -> &'static str {
        match self {
            ContentError::NotAPack { .. } => "not_a_pack",
            ContentError::Truncated => "truncated",
            ContentError::TooLarge { .. } => "too_large",
            ContentError::Tampered { .. } => "tampered",
            ContentError::UntrustedKey => "untrusted_key",
            ContentError::Expired { .. } => "expired",
            ContentError::NotNewer { .. } => "not_newer",
            ContentError::NewerApp { .. } => "newer_app",
            ContentError::BadManifest { .. } => "bad_manifest",
            ContentError::Invalid { .. } => "invalid",
            ContentError::Io { .. } => "io",
        }
    }

    pub(crate) fn io(path: &std::path::Path, e: std::io::Error) -> ContentError {
        ContentError::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
        }
    }
}
