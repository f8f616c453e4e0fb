//! A checked pack in memory: its manifest and its files by repository path.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::error::ContentError;
use crate::manifest::Manifest;

/// Where the content in use came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Compiled into the app.
    BuiltIn,
    /// The pack installed last.
    Installed,
    /// The pack installed before it (the last one could not be used).
    Previous,
    /// Offered for installation, not yet installed.
    Offered,
}

#[derive(Debug, Clone)]
pub struct ContentSet {
    pub manifest: Manifest,
    pub origin: Origin,
    version: semver::Version,
    files: BTreeMap<String, Vec<u8>>,
}

impl ContentSet {
    pub(crate) fn new(
        manifest: Manifest,
        files: BTreeMap<String, Vec<u8>>,
        origin: Origin,
    ) -> Result<ContentSet, ContentError> {
        let version =
            semver::Version::parse(&manifest.version).map_err(|e| ContentError::BadManifest {
                detail: format!("version: {e}"),
            })?;
        for (path, bytes) in &files {
            if std::str::from_utf8(bytes).is_err() {
                return Err(ContentError::Invalid {
                    file: path.clone(),
                    detail: "not UTF-8".into(),
                });
            }
        }
        Ok(ContentSet {
            manifest,
            origin,
            version,
            files,
        })
    }

    pub fn version(&self) -> &semver::Version {
        &self.version
    }

    /// The text of `path` (`assets/eol/os.json`); every file was checked to be UTF-8.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.files
            .get(path)
            .and_then(|b| std::str::from_utf8(b).ok())
    }

    /// The value `parse` makes from the texts of `paths`; a missing file or a parse error is
    /// content that fails validation, named by its file.
    pub fn parse<T, E: std::fmt::Display>(
        &self,
        paths: &[&str],
        parse: impl Fn(&[&str]) -> Result<T, E>,
    ) -> Result<T, ContentError> {
        let mut texts = Vec::with_capacity(paths.len());
        for path in paths {
            texts.push(self.text(path).ok_or_else(|| ContentError::Invalid {
                file: (*path).to_owned(),
                detail: "missing".into(),
            })?);
        }
        parse(&texts).map_err(|e| ContentError::Invalid {
            file: paths.join(", "),
            detail: e.to_string(),
        })
    }

    /// The pack's `.ftl` texts for one language, in path order.
    pub fn locale_texts(&self, language: &str) -> Vec<&str> {
        let prefix = format!("locales/{language}/");
        self.files
            .iter()
            .filter(|(path, _)| path.starts_with(&prefix) && path.ends_with(".ftl"))
            .filter_map(|(_, bytes)| std::str::from_utf8(bytes).ok())
            .collect()
    }

    /// Every file path, for validation.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    pub fn total_bytes(&self) -> usize {
        self.files.values().map(Vec::len).sum()
    }

    pub(crate) fn with_origin(mut self, origin: Origin) -> ContentSet {
        self.origin = origin;
        self
    }
}
