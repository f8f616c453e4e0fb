use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    #[error("the store at {path} is damaged or not a CoverReady database: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error("the store at {path} was written by a newer version (schema {found}, this build knows {supported})")]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("cannot use the store at {path}: {detail}")]
    Io {
        path: PathBuf,
        detail: String,
        /// Why, as a cause the locale files word (`coverready_i18n::CAUSES`).
        cause: &'static str,
    },
    #[error("the disk is full or the store is read-only: {0}")]
    Full(String),
    #[error("organisation {0} does not exist")]
    OrgNotFound(i64),
    #[error("assessment {0} does not exist")]
    AssessmentNotFound(i64),
    #[error("database error: {0}")]
    Sqlite(String),
}

impl StoreError {
    pub(crate) fn io(path: &Path, e: std::io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            detail: e.to_string(),
            cause: coverready_i18n::io_cause(&e),
        }
    }

    /// Errors at open time: damage and foreign files are told apart from everything else.
    pub(crate) fn from_open(path: &Path, e: rusqlite::Error) -> StoreError {
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
                StoreError::Corrupt {
                    path: path.to_path_buf(),
                    detail: e.to_string(),
                }
            }
            Some(
                code @ (ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::ReadOnly),
            ) => StoreError::Io {
                path: path.to_path_buf(),
                detail: e.to_string(),
                cause: match code {
                    ErrorCode::PermissionDenied => "permission_denied",
                    ErrorCode::ReadOnly => "read_only",
                    _ => "other",
                },
            },
            _ => StoreError::from(e),
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) | Some(ErrorCode::ReadOnly) => {
                StoreError::Full(e.to_string())
            }
            Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
                StoreError::Corrupt {
                    path: PathBuf::new(),
                    detail: e.to_string(),
                }
            }
            _ => StoreError::Sqlite(e.to_string()),
        }
    }
}
