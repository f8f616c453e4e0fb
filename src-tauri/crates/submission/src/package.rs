//! Building the package: `manifest.json` + `manifest.sig` + `report.pdf` + `report.json`. The
//! manifest carries the SHA-256 of each report file and is signed as the exact bytes that are sent,
//! so the receiver checks the signature first and then every file against it.

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::encoding::{rfc3339, sha256_hex};
use crate::protocol::{
    Manifest, ManifestPart, PackageKind, PublicKeyInfo, MANIFEST_SCHEMA_VERSION, PART_MANIFEST,
    PART_REPORT_JSON, PART_REPORT_PDF, PART_SIGNATURE,
};
use crate::signing::Installation;
use crate::SubmissionError;

/// Largest package (all four parts together) the client builds and the reference server accepts
/// by default.
pub const MAX_PACKAGE_BYTES: u64 = 20 * 1024 * 1024;
const MAX_REPORT_ID_CHARS: usize = 128;
const MAX_FIELD_NAME_CHARS: usize = 64;
const MAX_FIELD_VALUE_CHARS: usize = 1024;

/// What the caller (the report and the apply-for-cover screen) provides.
#[derive(Debug, Clone)]
pub struct PackageInput {
    pub kind: PackageKind,
    pub report_pdf: Vec<u8>,
    pub report_json: Vec<u8>,
    pub report_id: String,
    /// Only the fields the owner chose to share, by field name.
    pub org_fields: BTreeMap<String, String>,
    pub readiness_summary: serde_json::Value,
    pub app_version: String,
}

/// A name and SHA-256 (hex) of one file that is sent.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[ts(export, export_to = "submission.ts")]
pub struct FileDigest {
    pub name: String,
    pub sha256: String,
}

/// A built, signed package. Immutable: change anything and you build (and consent to) a new one.
#[derive(Debug, Clone, PartialEq)]
pub struct Package {
    manifest: Manifest,
    manifest_json: Vec<u8>,
    manifest_sig: Vec<u8>,
    report_pdf: Vec<u8>,
    report_json: Vec<u8>,
}

pub fn build_package(
    input: PackageInput,
    installation: &Installation,
    created_at: SystemTime,
) -> Result<Package, SubmissionError> {
    validate_input(&input)?;
    let manifest = Manifest {
        schema_version: MANIFEST_SCHEMA_VERSION,
        kind: input.kind,
        report_id: input.report_id,
        created_at: rfc3339(created_at),
        app_version: input.app_version,
        organisation: input.org_fields,
        readiness_summary: input.readiness_summary,
        parts: vec![
            part(PART_REPORT_PDF, "application/pdf", &input.report_pdf),
            part(PART_REPORT_JSON, "application/json", &input.report_json),
        ],
        public_key: PublicKeyInfo {
            algorithm: "ed25519".to_owned(),
            key: installation.public_key_base64(),
        },
    };
    let manifest_json =
        serde_json::to_vec(&manifest).map_err(|e| SubmissionError::InvalidInput {
            field: "readiness_summary".to_owned(),
            detail: e.to_string(),
        })?;
    let manifest_sig = installation.sign(&manifest_json).into_bytes();
    let package = Package {
        manifest,
        manifest_json,
        manifest_sig,
        report_pdf: input.report_pdf,
        report_json: input.report_json,
    };
    if package.total_size() > MAX_PACKAGE_BYTES {
        return Err(SubmissionError::PackageTooLarge {
            size: package.total_size(),
            limit: MAX_PACKAGE_BYTES,
        });
    }
    Ok(package)
}

fn part(name: &str, media_type: &str, bytes: &[u8]) -> ManifestPart {
    ManifestPart {
        name: name.to_owned(),
        media_type: media_type.to_owned(),
        size: bytes.len() as u64,
        sha256: sha256_hex(bytes),
    }
}

fn validate_input(input: &PackageInput) -> Result<(), SubmissionError> {
    let invalid = |field: &str, detail: &str| SubmissionError::InvalidInput {
        field: field.to_owned(),
        detail: detail.to_owned(),
    };
    let id = &input.report_id;
    if id.is_empty()
        || id.chars().count() > MAX_REPORT_ID_CHARS
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
    {
        return Err(invalid(
            "report_id",
            "1-128 characters: letters, digits, - _ . :",
        ));
    }
    for (name, value) in &input.org_fields {
        if name.is_empty()
            || name.len() > MAX_FIELD_NAME_CHARS
            || !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(invalid("org_fields", "field names are 1-64 of a-z 0-9 _"));
        }
        if value.chars().count() > MAX_FIELD_VALUE_CHARS || value.chars().any(char::is_control) {
            return Err(invalid(
                "org_fields",
                "values are at most 1024 characters, no control characters",
            ));
        }
    }
    if !input.readiness_summary.is_object() {
        return Err(invalid("readiness_summary", "must be a JSON object"));
    }
    if input.app_version.is_empty() || input.app_version.len() > 64 {
        return Err(invalid("app_version", "1-64 characters"));
    }
    Ok(())
}

impl Package {
    /// Reassembles a package from stored parts (the outbox), checking that they still belong
    /// together.
    pub(crate) fn from_parts(
        manifest_json: Vec<u8>,
        manifest_sig: Vec<u8>,
        report_pdf: Vec<u8>,
        report_json: Vec<u8>,
    ) -> Result<Package, SubmissionError> {
        let manifest: Manifest = serde_json::from_slice(&manifest_json)
            .map_err(|e| SubmissionError::outbox(format!("stored manifest: {e}")))?;
        Ok(Package {
            manifest,
            manifest_json,
            manifest_sig,
            report_pdf,
            report_json,
        })
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    pub fn kind(&self) -> PackageKind {
        self.manifest.kind
    }

    pub fn report_id(&self) -> &str {
        &self.manifest.report_id
    }

    pub fn manifest_json(&self) -> &[u8] {
        &self.manifest_json
    }

    pub fn manifest_sig(&self) -> &[u8] {
        &self.manifest_sig
    }

    pub fn report_pdf(&self) -> &[u8] {
        &self.report_pdf
    }

    pub fn report_json(&self) -> &[u8] {
        &self.report_json
    }

    pub fn manifest_sha256(&self) -> String {
        sha256_hex(&self.manifest_json)
    }

    /// The organisation fields that are shared, by name, sorted.
    pub fn shared_fields(&self) -> Vec<String> {
        self.manifest.organisation.keys().cloned().collect()
    }

    /// Every file that leaves the computer, in the order sent.
    pub fn parts(&self) -> [(&'static str, &[u8]); 4] {
        [
            (PART_MANIFEST, &self.manifest_json),
            (PART_SIGNATURE, &self.manifest_sig),
            (PART_REPORT_PDF, &self.report_pdf),
            (PART_REPORT_JSON, &self.report_json),
        ]
    }

    /// Names and hashes of every file sent: what a consent record must list.
    pub fn files(&self) -> Vec<FileDigest> {
        self.parts()
            .iter()
            .map(|(name, bytes)| FileDigest {
                name: (*name).to_owned(),
                sha256: sha256_hex(bytes),
            })
            .collect()
    }

    pub fn total_size(&self) -> u64 {
        self.parts().iter().map(|(_, b)| b.len() as u64).sum()
    }
}
