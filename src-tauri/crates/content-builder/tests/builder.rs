//! The maintainers' tool end to end: a key, a pack built from this repository and signed with
//! it, which the app's verification accepts with that key as root and refuses without it.

use std::path::Path;
use std::process::Command;

use coverready_content::{builtin, check_offered, ContentError, ContentSet, Trust};

fn tool() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_coverready-content"));
    command.env("LANG", "en_US.UTF-8");
    command
}

fn accept_all(_: &ContentSet) -> Result<(), ContentError> {
    Ok(())
}

#[test]
fn keygen_build_and_verify() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("root.key");
    let out = tool()
        .arg("keygen")
        .arg("--out")
        .arg(&key)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the secret key is private");
    }
    // Never over an existing key.
    let again = tool()
        .arg("keygen")
        .arg("--out")
        .arg(&key)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    let pack = dir.path().join("content.coverready-content");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let out = tool()
        .args(["build", "--key"])
        .arg(&key)
        .arg("--out")
        .arg(&pack)
        .arg("--repo")
        .arg(&repo)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let bytes = std::fs::read(&pack).unwrap();
    let public = std::fs::read_to_string(dir.path().join("root.key.pub")).unwrap();
    let trust = Trust::test_roots(&[&public]);
    let set = coverready_content::open_signed(&bytes, &trust, coverready_content::Origin::Offered)
        .unwrap();
    assert_eq!(set.manifest.files, builtin().manifest.files);
    assert!(set.manifest.expires.is_some());
    // The same version as the built-in content: a rollback check refuses it.
    assert!(matches!(
        check_offered(&bytes, &trust, &builtin(), 0, &accept_all),
        Err(ContentError::NotNewer { .. })
    ));
    assert_eq!(
        check_offered(&bytes, &Trust::pinned(), &builtin(), 0, &accept_all).unwrap_err(),
        ContentError::UntrustedKey
    );
}

#[test]
fn a_missing_key_is_a_clear_refusal() {
    let dir = tempfile::tempdir().unwrap();
    let out = tool()
        .args(["build", "--key"])
        .arg(dir.path().join("absent.key"))
        .arg("--out")
        .arg(dir.path().join("x.coverready-content"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Could not read"));
    assert!(!dir.path().join("x.coverready-content").exists());
}
