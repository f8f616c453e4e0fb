//! Why a path was refused, carried inside an `io::Error` so that callers keep one error type and
//! `coverready_i18n::io_cause` can word it.

use std::fmt;
use std::io;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The path is a symbolic link: its target is never opened, read or changed.
    Symlink,
    /// A device, pipe or socket where a regular file belongs.
    NotRegular,
    /// A file another user owns, where the app keeps its own.
    NotOwned,
}

impl Refused {
    /// The cause id the locale files word (`cause-<id>`, one of `coverready_i18n::CAUSES`).
    pub fn cause(self) -> &'static str {
        match self {
            Refused::Symlink => "symlink",
            Refused::NotRegular => "not_a_regular_file",
            Refused::NotOwned => "not_owned",
        }
    }

    pub(crate) fn error(self) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidInput, self)
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Refused::Symlink => "refusing a symbolic link",
            Refused::NotRegular => "not a regular file",
            Refused::NotOwned => "the file belongs to another user",
        })
    }
}

impl std::error::Error for Refused {}

/// The refusal inside `e`, if this crate refused the path.
pub fn refusal(e: &io::Error) -> Option<Refused> {
    e.get_ref()?.downcast_ref::<Refused>().copied()
}

/// `open(…, O_NOFOLLOW)` on a link fails with ELOOP, which std has no stable kind for.
pub(crate) fn from_open_error(e: io::Error) -> io::Error {
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::ELOOP) {
        return Refused::Symlink.error();
    }
    e
}
