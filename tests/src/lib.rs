//! Shared helpers for the integration tests live in `tests/`; this library only exists so the
//! crate can also carry the helper binaries the tests spawn.

/// Number of profile fields the crash-test writer puts on every organisation, in one transaction.
pub const WRITER_FIELDS_PER_ORG: usize = 40;
