//! The one error type of the crate. Callers show `error-<code>` from `locales/*/errors.ftl`
//! with the data as arguments, so nothing here is user-visible English.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The embedded font could not be parsed (a broken build, never user input).
    #[error("report_font: {detail}")]
    Font { detail: String },
    /// The input cannot be turned into a report (e.g. unsupported language).
    #[error("report_invalid_input: {field}: {detail}")]
    InvalidInput { field: String, detail: String },
    /// The JSON twin could not be serialised.
    #[error("report_json: {detail}")]
    Json { detail: String },
    /// The output folder or file cannot be written (missing folder, permissions, disk full).
    #[error("report_unwritable: {path}: {detail}", path = path.display())]
    Unwritable {
        path: PathBuf,
        detail: String,
        /// Why, as a cause the locale files word (`coverready_i18n::CAUSES`).
        cause: &'static str,
    },
}

impl ReportError {
    /// Stable machine-readable code, the key suffix of `error-<code>` in the locale files.
    pub fn code(&self) -> &'static str {
        match self {
            ReportError::Font { .. } => "report_font",
            ReportError::InvalidInput { .. } => "report_invalid_input",
            ReportError::Json { .. } => "report_json",
            ReportError::Unwritable { .. } => "report_unwritable",
        }
    }

    /// The path involved, if any (for `details.path` in the IPC error).
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            ReportError::Unwritable { path, .. } => Some(path),
            _ => None,
        }
    }

    /// Why, in words the locale files have (`other` when there is nothing more to say).
    pub fn cause(&self) -> &'static str {
        match self {
            ReportError::Unwritable { cause, .. } => cause,
            _ => "other",
        }
    }

    /// Technical detail (OS error text and the like) for logs and `details.detail`.
    pub fn detail(&self) -> &str {
        match self {
            ReportError::Font { detail }
            | ReportError::InvalidInput { detail, .. }
            | ReportError::Json { detail }
            | ReportError::Unwritable { detail, .. } => detail,
        }
    }
}
