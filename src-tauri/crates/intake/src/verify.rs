//! Checking a received package: exactly the four parts, a manifest this server understands, a
//! valid signature by the key the manifest names, and every report file matching its hash. Pure
//! functions over bytes, so they are cheap to test and run on the blocking pool.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use coverready_submission::encoding::{parse_rfc3339, sha256_hex, unb64};
use coverready_submission::protocol::{
    problem_codes as codes, Manifest, MANIFEST_SCHEMA_VERSION, PARTS, PART_MANIFEST,
    PART_REPORT_JSON, PART_REPORT_PDF, PART_SIGNATURE,
};
use coverready_submission::signing::verify_signature;
use sha2::{Digest, Sha256};

use crate::problem::ApiProblem;

/// The parts of a multipart submission, by field name.
pub type Parts = BTreeMap<String, Vec<u8>>;

pub struct VerifiedPackage {
    pub manifest: Manifest,
    pub manifest_sha256: String,
}

/// The fingerprint of a request's content, for "same Idempotency-Key, same body". Length-prefixed
/// so that moving bytes from one part to the next changes it.
pub fn request_fingerprint(parts: &Parts) -> String {
    let mut hasher = Sha256::new();
    for (name, bytes) in parts {
        hasher.update((name.len() as u64).to_be_bytes());
        hasher.update(name.as_bytes());
        hasher.update((bytes.len() as u64).to_be_bytes());
        hasher.update(bytes);
    }
    coverready_submission::encoding::hex_lower(&hasher.finalize())
}

pub fn verify_package(parts: &Parts) -> Result<VerifiedPackage, ApiProblem> {
    for name in PARTS {
        if !parts.contains_key(name) {
            return Err(ApiProblem::malformed(format!(
                "the part \"{name}\" is missing"
            )));
        }
    }
    if let Some(extra) = parts.keys().find(|k| !PARTS.contains(&k.as_str())) {
        return Err(ApiProblem::malformed(format!(
            "unexpected part \"{extra}\""
        )));
    }
    let manifest_bytes = &parts[PART_MANIFEST];
    // Check the version before the full shape, so a newer client gets the precise answer.
    let version = serde_json::from_slice::<serde_json::Value>(manifest_bytes)
        .map_err(|e| ApiProblem::malformed(format!("manifest.json is not JSON: {e}")))?
        .get("schema_version")
        .and_then(serde_json::Value::as_u64);
    if version != Some(u64::from(MANIFEST_SCHEMA_VERSION)) {
        return Err(ApiProblem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            codes::UNSUPPORTED_SCHEMA,
            format!("schema_version {version:?} is not supported; this server accepts {MANIFEST_SCHEMA_VERSION}"),
        ));
    }
    let manifest: Manifest = serde_json::from_slice(manifest_bytes).map_err(|e| {
        ApiProblem::malformed(format!("manifest.json does not follow the schema: {e}"))
    })?;
    validate_fields(&manifest)?;
    if manifest.public_key.algorithm != "ed25519" {
        return Err(ApiProblem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            codes::BAD_SIGNATURE,
            "only ed25519 keys are accepted",
        ));
    }
    let signature = std::str::from_utf8(&parts[PART_SIGNATURE]).unwrap_or_default();
    if !verify_signature(&manifest.public_key.key, manifest_bytes, signature) {
        return Err(ApiProblem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            codes::BAD_SIGNATURE,
            "manifest.sig is not a valid Ed25519 signature of manifest.json by manifest.public_key",
        ));
    }
    let listed: Vec<&str> = manifest.parts.iter().map(|p| p.name.as_str()).collect();
    if listed.len() != 2
        || !listed.contains(&PART_REPORT_PDF)
        || !listed.contains(&PART_REPORT_JSON)
    {
        return Err(ApiProblem::malformed(
            "manifest.parts must list report.pdf and report.json, once each",
        ));
    }
    for part in &manifest.parts {
        let bytes = &parts[&part.name];
        if bytes.len() as u64 != part.size || sha256_hex(bytes) != part.sha256 {
            return Err(ApiProblem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                codes::HASH_MISMATCH,
                format!(
                    "{} does not match the size and SHA-256 in manifest.json",
                    part.name
                ),
            ));
        }
    }
    Ok(VerifiedPackage {
        manifest_sha256: sha256_hex(manifest_bytes),
        manifest,
    })
}

/// Longest `report_id`, `app_version`, organisation field name and value the schema allows
/// (`assets/protocol/schemas/manifest.schema.json`), in characters.
const MAX_REPORT_ID_CHARS: usize = 128;
const MAX_APP_VERSION_CHARS: usize = 64;
const MAX_FIELD_NAME_CHARS: usize = 64;
const MAX_FIELD_VALUE_CHARS: usize = 1024;

/// The formats and lengths of `manifest.schema.json` that serde's shape check does not cover.
/// Everything here is stored and later shown to the broker, so nothing outside the schema may
/// pass: control characters in particular would reach a terminal through `list`. Control
/// characters are refused in free text too, as the reference client never produces them.
fn validate_fields(manifest: &Manifest) -> Result<(), ApiProblem> {
    let bad = |field: &str, rule: &str| {
        Err(ApiProblem::malformed(format!(
            "manifest.json: {field} must be {rule}"
        )))
    };
    let id = &manifest.report_id;
    if id.is_empty()
        || id.chars().count() > MAX_REPORT_ID_CHARS
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-'))
    {
        return bad("report_id", "1-128 characters of A-Z a-z 0-9 . _ : -");
    }
    // RFC 3339 in UTC, as the schema describes it; parse_rfc3339 rejects "not a date".
    if parse_rfc3339(&manifest.created_at).is_none() || !manifest.created_at.ends_with('Z') {
        return bad("created_at", "an RFC 3339 date-time in UTC (ending in Z)");
    }
    let version = &manifest.app_version;
    if version.is_empty()
        || version.chars().count() > MAX_APP_VERSION_CHARS
        || version.chars().any(char::is_control)
    {
        return bad("app_version", "1-64 characters, no control characters");
    }
    for (name, value) in &manifest.organisation {
        if name.is_empty()
            || name.chars().count() > MAX_FIELD_NAME_CHARS
            || !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return bad(
                "each organisation field name",
                "1-64 characters of a-z 0-9 _",
            );
        }
        if value.chars().count() > MAX_FIELD_VALUE_CHARS || value.chars().any(char::is_control) {
            return bad(
                "each organisation value",
                "at most 1024 characters, no control characters",
            );
        }
    }
    if !manifest.readiness_summary.is_object() {
        return bad("readiness_summary", "a JSON object");
    }
    for part in &manifest.parts {
        if part.sha256.len() != 64
            || !part
                .sha256
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return bad("parts[].sha256", "64 lower-case hex digits");
        }
    }
    if unb64(&manifest.public_key.key).is_none_or(|key| key.len() != 32) {
        return bad("public_key.key", "a 32-byte key in standard base64");
    }
    Ok(())
}
