//! Forward-only, numbered migrations. Migration N brings a store from `user_version` N-1 to N, in
//! one transaction with the version bump, so a crash leaves the store at N-1 or N, never between.
//! Never edit a shipped migration: add a new one.

use rusqlite::Connection;

use crate::StoreError;

pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_organisations.sql"),
    include_str!("migrations/0002_assessments.sql"),
    include_str!("migrations/0003_action_done.sql"),
    include_str!("migrations/0004_scans.sql"),
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub(crate) fn apply(conn: &mut Connection) -> Result<(), StoreError> {
    apply_up_to(conn, LATEST_VERSION)
}

/// Applies migrations until the store is at `target`. Public to the crate's tests so that every
/// intermediate version can be built and then upgraded.
#[doc(hidden)]
pub fn apply_up_to(conn: &mut Connection, target: i64) -> Result<(), StoreError> {
    loop {
        let tx = conn.transaction()?;
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if current >= target {
            return Ok(());
        }
        tx.execute_batch(MIGRATIONS[current as usize])?;
        tx.pragma_update(None, "user_version", current + 1)?;
        tx.commit()?;
    }
}
