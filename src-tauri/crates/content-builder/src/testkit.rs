//! Packs signed with throw-away keys, made from this repository's real assets and locales, for
//! tests and benchmarks. The app trusts such a key only in a debug build, through
//! `coverready_content::Trust::test_roots` or the `COVERREADY_CONTENT_TEST_ROOT` file.

use std::path::{Path, PathBuf};

use coverready_content::manifest::{sha256_hex, Manifest};
use coverready_content::write::{self, PackFile};

pub struct TestKey {
    secret: minisign::SecretKey,
    /// The `.pub` file's text.
    pub public_text: String,
    /// The public key alone, as a key list names it.
    pub public_base64: String,
}

impl TestKey {
    pub fn new() -> TestKey {
        let pair = minisign::KeyPair::generate_unencrypted_keypair().expect("a key pair");
        TestKey {
            public_text: pair.pk.to_box().expect("a public key box").into_string(),
            public_base64: pair.pk.to_base64(),
            secret: pair.sk,
        }
    }

    pub fn sign(&self, data: &[u8]) -> String {
        crate::sign(&self.secret, data).expect("signing with a test key")
    }

    /// Writes the public key file (for `COVERREADY_CONTENT_TEST_ROOT`).
    pub fn write_public(&self, path: &Path) {
        std::fs::write(path, &self.public_text).expect("write the test root");
    }
}

impl Default for TestKey {
    fn default() -> Self {
        TestKey::new()
    }
}

/// The repository this crate is built from.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// A pack like the shipped one at another version, changed as a test needs before signing.
pub struct Draft {
    pub manifest: Manifest,
    pub files: Vec<PackFile>,
    /// A key list and its signature.
    pub keys: Option<(Vec<u8>, String)>,
}

impl Draft {
    /// The repository's content as `version`, expiring a year after the built-in pack's creation.
    pub fn from_repo(version: &str) -> Draft {
        let (mut definition, files) = write::collect(&repo()).expect("the repository's content");
        definition.version = version.into();
        let manifest =
            write::manifest_for(&definition, &files, Some("2027-12-04T00:00:00Z".into()));
        Draft {
            manifest,
            files,
            keys: None,
        }
    }

    pub fn signed(&self, key: &TestKey) -> Vec<u8> {
        crate::signed_pack(
            &self.manifest,
            &self.files,
            &key.secret,
            self.keys.as_ref().map(|(l, s)| (l.as_slice(), s.as_str())),
        )
        .expect("a test pack")
    }

    /// Replaces one file's bytes and its manifest entry (a validly signed pack with other content).
    pub fn with_file(mut self, path: &str, bytes: Vec<u8>) -> Draft {
        let entry = self
            .manifest
            .files
            .iter_mut()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("{path} is not in the pack"));
        entry.sha256 = sha256_hex(&bytes);
        entry.size = bytes.len() as u64;
        self.files
            .iter_mut()
            .find(|(p, _)| p == path)
            .expect("listed")
            .1 = bytes;
        self
    }

    /// Adds a file the definition does not name (a benchmark's padding to a given size).
    pub fn with_extra_file(mut self, path: &str, bytes: Vec<u8>) -> Draft {
        self.manifest
            .files
            .push(coverready_content::manifest::FileEntry {
                path: path.to_owned(),
                sha256: sha256_hex(&bytes),
                size: bytes.len() as u64,
            });
        self.files.push((path.to_owned(), bytes));
        self
    }

    /// The text of one of the pack's files.
    pub fn text(&self, path: &str) -> String {
        let bytes = &self
            .files
            .iter()
            .find(|(p, _)| p == path)
            .expect("listed")
            .1;
        String::from_utf8(bytes.clone()).expect("UTF-8")
    }
}
