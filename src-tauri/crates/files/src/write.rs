//! Writing a file (or a set of files that belong together) atomically: every file is written in
//! full to a private temporary name beside its target, flushed, then moved into place. Every
//! target is checked before any is written; on any failure nothing of this write is left behind.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::open::create_private_new;
use crate::refusal::Refused;

/// Whether a write may replace a file already at its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// An existing file is an `AlreadyExists` error, decided atomically (a link, not a rename).
    Never,
    /// An existing regular, writable file is replaced (the owner said so: `--force`, a save
    /// dialog that asked).
    Allowed,
}

/// Whether `path` may be written with `replace`: nothing there, or (when allowed) a regular file
/// the owner has not made read-only. A folder, device, pipe or link is never replaced.
pub fn check_target(path: &Path, replace: Replace) -> io::Result<()> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    if meta.file_type().is_symlink() {
        return Err(Refused::Symlink.error());
    }
    if meta.is_dir() {
        return Err(io::ErrorKind::IsADirectory.into());
    }
    if !meta.is_file() {
        return Err(Refused::NotRegular.error());
    }
    if replace == Replace::Never {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    if meta.permissions().readonly() {
        return Err(io::ErrorKind::ReadOnlyFilesystem.into());
    }
    Ok(())
}

/// One file of a [`write_private_set`].
pub struct Planned<'a> {
    pub path: &'a Path,
    pub bytes: &'a [u8],
    pub replace: Replace,
}

/// Writes `bytes` to `path` (0600), atomically.
pub fn write_private_atomically(path: &Path, bytes: &[u8], replace: Replace) -> io::Result<()> {
    write_private_set(&[Planned {
        path,
        bytes,
        replace,
    }])
    .map_err(|(_, e)| e)
}

/// Writes files that belong together (a report and its twin): all targets are checked first,
/// all are staged, then they are moved into place in order. On failure the error names the
/// index of the file, and every new file this call already put in place is removed again (a
/// replaced file cannot be brought back, which is why the checks come first).
pub fn write_private_set(files: &[Planned<'_>]) -> Result<(), (usize, io::Error)> {
    for (i, file) in files.iter().enumerate() {
        if files[..i].iter().any(|f| f.path == file.path) {
            return Err((i, io::ErrorKind::AlreadyExists.into()));
        }
        check_target(file.path, file.replace).map_err(|e| (i, e))?;
    }
    let mut staged = Vec::with_capacity(files.len());
    for (i, file) in files.iter().enumerate() {
        staged.push(Staged::write(file.path, file.bytes).map_err(|e| (i, e))?);
    }
    let mut created: Vec<&Path> = Vec::new();
    for (i, (stage, file)) in staged.iter_mut().zip(files).enumerate() {
        if let Err(e) = stage.commit(file.replace) {
            for path in created {
                let _ = std::fs::remove_file(path);
            }
            return Err((i, e));
        }
        if file.replace == Replace::Never {
            created.push(file.path);
        }
    }
    Ok(())
}

/// A file written in full under a temporary name beside its target; removed when dropped
/// unless it was moved into place.
struct Staged {
    temp: PathBuf,
    target: PathBuf,
    placed: bool,
}

impl Staged {
    fn write(target: &Path, bytes: &[u8]) -> io::Result<Staged> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut attempt = 0;
        let (temp, mut file) = loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            // A dot first: hidden in file managers while it exists.
            let temp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
            match create_private_new(&temp) {
                Ok(file) => break (temp, file),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        };
        let staged = Staged {
            temp,
            target: target.to_path_buf(),
            placed: false,
        };
        file.write_all(bytes)?;
        file.sync_all()?;
        Ok(staged)
    }

    fn commit(&mut self, replace: Replace) -> io::Result<()> {
        match replace {
            Replace::Allowed => {
                check_target(&self.target, replace)?;
                std::fs::rename(&self.temp, &self.target)?;
            }
            Replace::Never => match std::fs::hard_link(&self.temp, &self.target) {
                // A link fails if anything is at the target, even one created a moment ago.
                Ok(()) => {
                    let _ = std::fs::remove_file(&self.temp);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(e),
                // File systems without hard links (FAT on a USB stick): check, then rename.
                Err(_) => {
                    check_target(&self.target, replace)?;
                    std::fs::rename(&self.temp, &self.target)?;
                }
            },
        }
        self.placed = true;
        sync_parent(&self.target);
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.placed {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Makes the rename itself durable (best effort: not every system lets a folder be synced).
fn sync_parent(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(dir) = std::fs::File::open(dir) {
            let _ = dir.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}
