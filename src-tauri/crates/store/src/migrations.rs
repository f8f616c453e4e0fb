//! The main store's migrations; [`crate::migrate::run`] applies them.

use std::path::Path;

use rusqlite::Connection;

use crate::migrate::{self, MigrationError};
use crate::StoreError;

pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_organisations.sql"),
    include_str!("migrations/0002_assessments.sql"),
    include_str!("migrations/0003_action_done.sql"),
    include_str!("migrations/0004_scans.sql"),
    include_str!("migrations/0005_policies_incidents.sql"),
    include_str!("migrations/0006_content_version.sql"),
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub(crate) fn apply(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    migrate::run(conn, MIGRATIONS).map_err(|e| store_error(e, path))
}

/// Applies migrations until the store is at `target`. Public to the crate's tests so that every
/// intermediate version can be built and then upgraded.
#[doc(hidden)]
pub fn apply_up_to(conn: &mut Connection, target: i64) -> Result<(), StoreError> {
    let known = usize::try_from(target).unwrap_or(0).min(MIGRATIONS.len());
    migrate::run(conn, &MIGRATIONS[..known]).map_err(|e| store_error(e, Path::new("")))
}

fn store_error(e: MigrationError, path: &Path) -> StoreError {
    match e {
        MigrationError::TooNew { found, supported } => StoreError::TooNew {
            path: path.to_path_buf(),
            found,
            supported,
        },
        MigrationError::Sqlite(e) => StoreError::from(e),
    }
}
