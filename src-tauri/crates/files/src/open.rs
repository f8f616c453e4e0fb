//! Creating private folders and files, and opening a file the app trusts without following a
//! link planted at its path.

use std::fs::{DirBuilder, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use crate::refusal::{from_open_error, Refused};
use crate::{DIR_MODE, FILE_MODE};

/// Creates `path` and any missing parents as folders only the user can open (0700). Folders that
/// already exist are left as they are; a link to a folder is accepted (a data folder the owner
/// moved elsewhere and linked back).
pub fn private_dir(path: &Path) -> io::Result<()> {
    if path.as_os_str().is_empty() || path.is_dir() {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        private_dir(parent)?;
    }
    let mut builder = DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(DIR_MODE);
    }
    #[cfg(not(unix))]
    let _ = DIR_MODE;
    match builder.create(path) {
        Ok(()) => Ok(()),
        // Another process made it in between.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && path.is_dir() => Ok(()),
        Err(e) => Err(e),
    }
}

/// Options that never follow a link at the last component of the path, and never block on a
/// pipe (a FIFO planted where a file belongs is refused after opening, not waited on).
fn no_follow(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC);
    }
    options
}

/// Creates a new, empty file readable only by the user (0600): fails if anything, even a dangling
/// link, is already at `path`.
pub(crate) fn create_private_new(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(FILE_MODE);
    }
    #[cfg(not(unix))]
    let _ = FILE_MODE;
    no_follow(&mut options).open(path).map_err(from_open_error)
}

/// Opens an existing file for reading, refusing a link at `path` (its target is not opened), a
/// device, pipe or folder, and a file another user owns.
pub fn open_regular_no_follow(path: &Path) -> io::Result<File> {
    let file = no_follow(OpenOptions::new().read(true))
        .open(path)
        .map_err(from_open_error)?;
    // The handle's own metadata, not the path's: what was opened is what is checked.
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(io::ErrorKind::IsADirectory.into());
    }
    if !meta.is_file() {
        return Err(Refused::NotRegular.error());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        if meta.uid() != me {
            return Err(Refused::NotOwned.error());
        }
    }
    Ok(file)
}

/// Reads a file the app trusts (see [`open_regular_no_follow`]), at most `limit` bytes: a longer
/// file is an `InvalidData` error, found without reading the rest.
pub fn read_regular_no_follow(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let file = open_regular_no_follow(path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("{} is larger than {limit} bytes", path.display()),
        ));
    }
    Ok(bytes)
}

/// Makes sure `path` is a private regular file of the user before a library (SQLite) opens it by
/// name: creates it empty and 0600 when absent, and otherwise checks it as
/// [`open_regular_no_follow`] does. SQLite gives its `-wal`, `-shm` and `-journal` files the
/// main file's permissions, so they are private too.
pub fn ensure_private_file(path: &Path) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        private_dir(parent)?;
    }
    match create_private_new(path) {
        Ok(file) => file.sync_all(),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            open_regular_no_follow(path).map(drop)
        }
        Err(e) => Err(e),
    }
}
