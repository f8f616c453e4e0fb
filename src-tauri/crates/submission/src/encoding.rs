//! Small, dependency-light helpers for hashes, base64 and timestamps used across the crate.

use std::time::SystemTime;

use base64::Engine;
use sha2::{Digest, Sha256};

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex_lower(&Sha256::digest(bytes))
}

pub fn hex_lower(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Upper-case hex in groups of four, the form people compare by reading aloud.
pub fn grouped_fingerprint(bytes: &[u8]) -> String {
    let hex: String = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    hex.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

pub fn unb64(text: &str) -> Option<Vec<u8>> {
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()
}

/// RFC 3339 in UTC, second precision: what every timestamp in the protocol looks like. Empty
/// for a clock outside years 0–9999 (nothing to stamp honestly; the server refuses it).
pub fn rfc3339(at: SystemTime) -> String {
    coverready_time::rfc3339_utc(coverready_time::unix_seconds(at)).unwrap_or_default()
}

pub fn now_rfc3339() -> String {
    rfc3339(SystemTime::now())
}

/// Seconds since the Unix epoch of an RFC 3339 timestamp, or `None` when it does not parse.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    coverready_time::parse_rfc3339(text).ok()
}
