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
    /// The store could not grow or be written: the disk (or the user's quota) is full, or the
    /// store is read-only. `cause` says which (`storage_full` or `read_only`).
    #[error("the disk is full or the store is read-only: {detail}")]
    Full {
        detail: String,
        /// `storage_full` or `read_only` (`coverready_i18n::CAUSES`).
        cause: &'static str,
    },
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

/// SQLite's extended result codes for a failed write, sync, truncate or growth of a file
/// (`SQLITE_IOERR_WRITE`, `_FSYNC`, `_DIR_FSYNC`, `_TRUNCATE`, `_SHMSIZE`): what a full disk
/// looks like when SQLite does not report it as `SQLITE_FULL` itself.
const IOERR_WRITING: &[std::ffi::c_int] = &[
    rusqlite::ffi::SQLITE_IOERR_WRITE,
    rusqlite::ffi::SQLITE_IOERR_FSYNC,
    rusqlite::ffi::SQLITE_IOERR_DIR_FSYNC,
    rusqlite::ffi::SQLITE_IOERR_TRUNCATE,
    rusqlite::ffi::SQLITE_IOERR_SHMSIZE,
];

/// Whether a failed SQLite call means the disk is full: `SQLITE_FULL`, or an I/O error while
/// writing whose system error (still the thread's last one: the call just returned, and
/// calls that succeed never reset it) is ENOSPC or EDQUOT. Best effort for the latter: any
/// other system error, or none, is not called a full disk.
fn is_disk_full(e: &rusqlite::Error) -> bool {
    match e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == ErrorCode::DiskFull => true,
        rusqlite::Error::SqliteFailure(f, _) if IOERR_WRITING.contains(&f.extended_code) => {
            matches!(
                std::io::Error::last_os_error().kind(),
                std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
            )
        }
        _ => false,
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        if is_disk_full(&e) {
            return StoreError::Full {
                detail: e.to_string(),
                cause: "storage_full",
            };
        }
        match e.sqlite_error_code() {
            Some(ErrorCode::ReadOnly) => StoreError::Full {
                detail: e.to_string(),
                cause: "read_only",
            },
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

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn failure(code: std::ffi::c_int) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)
    }

    fn with_errno(errno: std::ffi::c_int, e: rusqlite::Error) -> StoreError {
        // SAFETY: the calling thread's own errno, set just before it is read.
        unsafe { *libc::__errno_location() = errno };
        StoreError::from(e)
    }

    /// SQLite's "disk I/O error" while writing is a full disk when the system said ENOSPC (or
    /// EDQUOT), and stays a database error for any other system error.
    #[test]
    fn an_io_error_writing_after_enospc_is_a_full_disk() {
        for code in [
            rusqlite::ffi::SQLITE_IOERR_WRITE,
            rusqlite::ffi::SQLITE_IOERR_FSYNC,
        ] {
            for errno in [libc::ENOSPC, libc::EDQUOT] {
                let e = with_errno(errno, failure(code));
                assert!(
                    matches!(
                        e,
                        StoreError::Full {
                            cause: "storage_full",
                            ..
                        }
                    ),
                    "{code} {errno}: {e:?}"
                );
            }
            let e = with_errno(libc::EIO, failure(code));
            assert!(matches!(e, StoreError::Sqlite(_)), "{e:?}");
        }
        // A read that failed is not a full disk, whatever errno still says.
        let e = with_errno(libc::ENOSPC, failure(rusqlite::ffi::SQLITE_IOERR_READ));
        assert!(matches!(e, StoreError::Sqlite(_)), "{e:?}");
        // SQLITE_FULL always is; a read-only store is said as such.
        let e = with_errno(0, failure(rusqlite::ffi::SQLITE_FULL));
        assert!(
            matches!(
                e,
                StoreError::Full {
                    cause: "storage_full",
                    ..
                }
            ),
            "{e:?}"
        );
        let e = with_errno(0, failure(rusqlite::ffi::SQLITE_READONLY));
        assert!(
            matches!(
                e,
                StoreError::Full {
                    cause: "read_only",
                    ..
                }
            ),
            "{e:?}"
        );
    }
}
