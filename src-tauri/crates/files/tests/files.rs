//! The rules of coverready-files on real files: links, devices, folders and other users' files
//! are refused, nothing is replaced without leave, nothing is left behind.

use std::path::Path;

use coverready_files::{
    ensure_private_file, open_regular_no_follow, read_regular_no_follow, refusal,
    write_private_atomically, write_private_set, Planned, Refused, Replace,
};

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o7777
}

#[test]
fn never_replaces_without_leave_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    write_private_atomically(&path, b"first", Replace::Never).unwrap();
    let e = write_private_atomically(&path, b"second", Replace::Never).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::AlreadyExists);
    assert_eq!(std::fs::read(&path).unwrap(), b"first");
    write_private_atomically(&path, b"third", Replace::Allowed).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"third");
    assert_eq!(names(dir.path()), ["a.txt"]);
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn a_set_is_checked_in_full_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("r.json");
    let second = dir.path().join("r.pdf");
    std::fs::write(&second, b"keep").unwrap();
    let (index, e) = write_private_set(&[
        Planned {
            path: &first,
            bytes: b"{}",
            replace: Replace::Never,
        },
        Planned {
            path: &second,
            bytes: b"%PDF",
            replace: Replace::Never,
        },
    ])
    .unwrap_err();
    assert_eq!((index, e.kind()), (1, std::io::ErrorKind::AlreadyExists));
    assert_eq!(names(dir.path()), ["r.pdf"]);
    assert_eq!(std::fs::read(&second).unwrap(), b"keep");
    // The same path twice in one set is refused too.
    let twice = write_private_set(&[
        Planned {
            path: &first,
            bytes: b"1",
            replace: Replace::Allowed,
        },
        Planned {
            path: &first,
            bytes: b"2",
            replace: Replace::Allowed,
        },
    ]);
    assert_eq!(twice.unwrap_err().0, 1);
    assert_eq!(names(dir.path()), ["r.pdf"]);
}

#[cfg(unix)]
#[test]
fn folders_devices_links_and_read_only_files_are_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let e = write_private_atomically(&folder, b"x", Replace::Allowed).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::IsADirectory);
    assert!(folder.is_dir());

    let e = write_private_atomically(Path::new("/dev/null"), b"x", Replace::Allowed).unwrap_err();
    assert_eq!(refusal(&e), Some(Refused::NotRegular));

    let target = dir.path().join("target");
    std::fs::write(&target, b"mine").unwrap();
    let link = dir.path().join("link");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let e = write_private_atomically(&link, b"x", Replace::Allowed).unwrap_err();
    assert_eq!(refusal(&e), Some(Refused::Symlink));
    assert_eq!(std::fs::read(&target).unwrap(), b"mine");

    let read_only = dir.path().join("read-only");
    std::fs::write(&read_only, b"kept").unwrap();
    let mut perms = std::fs::metadata(&read_only).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&read_only, perms).unwrap();
    let e = write_private_atomically(&read_only, b"x", Replace::Allowed).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::ReadOnlyFilesystem);
    assert_eq!(std::fs::read(&read_only).unwrap(), b"kept");
    assert_eq!(names(dir.path()), ["folder", "link", "read-only", "target"]);
}

#[cfg(unix)]
#[test]
fn a_planted_link_is_not_followed_and_its_target_is_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("passwd-copy");
    std::fs::write(&target, b"root:x:0:0\n").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    let link = dir.path().join("store.sqlite3");
    std::os::unix::fs::symlink(&target, &link).unwrap();

    let e = open_regular_no_follow(&link).unwrap_err();
    assert_eq!(refusal(&e), Some(Refused::Symlink));
    let e = ensure_private_file(&link).unwrap_err();
    assert_eq!(refusal(&e), Some(Refused::Symlink));
    let e = read_regular_no_follow(&link, 100).unwrap_err();
    assert_eq!(refusal(&e), Some(Refused::Symlink));
    // A dangling link is refused as well, and nothing is created where it points.
    let dangling = dir.path().join("dangling");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
    assert!(ensure_private_file(&dangling).is_err());
    assert!(!dir.path().join("nowhere").exists());

    assert_eq!(mode(&target), 0o644);
    assert_eq!(std::fs::read(&target).unwrap(), b"root:x:0:0\n");
}

#[cfg(unix)]
#[test]
fn another_users_file_is_refused() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    // SAFETY: geteuid has no preconditions.
    let me = unsafe { libc::geteuid() };
    // A file someone else owns: as root, one given to `nobody`; otherwise one root owns.
    let theirs = if me == 0 {
        let path = dir.path().join("theirs");
        std::fs::write(&path, b"x").unwrap();
        std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
        path
    } else {
        Path::new("/etc/passwd").to_path_buf()
    };
    assert_ne!(std::fs::metadata(&theirs).unwrap().uid(), me);
    let e = open_regular_no_follow(&theirs).unwrap_err();
    assert_eq!(refusal(&e), Some(Refused::NotOwned));
    let e = ensure_private_file(&theirs).unwrap_err();
    assert_eq!(refusal(&e), Some(Refused::NotOwned));
}

#[test]
fn reads_stop_at_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big");
    std::fs::write(&path, vec![b'a'; 101]).unwrap();
    let e = read_regular_no_follow(&path, 100).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::FileTooLarge);
    assert_eq!(read_regular_no_follow(&path, 101).unwrap().len(), 101);
    // A stream without end is refused after the limit, not read to its end.
    #[cfg(unix)]
    {
        let e = read_regular_no_follow(Path::new("/dev/zero"), 100).unwrap_err();
        assert_eq!(refusal(&e), Some(Refused::NotRegular));
    }
}
