//! The one runner for forward-only, numbered SQLite migrations, shared by every SQLite file the
//! project keeps (the main store, the submission outbox, the intake server's store); each brings
//! its own list. Migration N brings a file from `user_version` N-1 to N in one transaction with
//! the version bump, so a crash leaves it at N-1 or N, never between. A file whose version is
//! newer than the list was written by a newer build: it is refused and left exactly as found.
//! Never edit a shipped migration: add a new one.

use rusqlite::Connection;

#[derive(Debug, thiserror::Error)]
pub enum MigrationError {
    #[error("written by a newer version (schema {found}, this build knows {supported})")]
    TooNew { found: i64, supported: i64 },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

/// Applies the migrations `conn` has not seen yet, one transaction each.
pub fn run(conn: &mut Connection, migrations: &[&str]) -> Result<(), MigrationError> {
    let supported = migrations.len() as i64;
    loop {
        let tx = conn.transaction()?;
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if current > supported {
            return Err(MigrationError::TooNew {
                found: current,
                supported,
            });
        }
        let Some(sql) = usize::try_from(current)
            .ok()
            .and_then(|i| migrations.get(i))
        else {
            return Ok(());
        };
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", current + 1)?;
        tx.commit()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STEPS: &[&str] = &[
        "CREATE TABLE a (x INTEGER);",
        "INSERT INTO a VALUES (1); CREATE TABLE b (y TEXT);",
    ];

    fn version(conn: &Connection) -> i64 {
        conn.query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    }

    fn rows_in_a(conn: &Connection) -> i64 {
        conn.query_row("SELECT count(*) FROM a", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn brings_a_new_file_to_the_last_version_and_a_second_run_changes_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        run(&mut conn, STEPS).unwrap();
        assert_eq!(version(&conn), STEPS.len() as i64);
        assert_eq!(rows_in_a(&conn), 1);
        run(&mut conn, STEPS).unwrap();
        assert_eq!(version(&conn), STEPS.len() as i64);
        assert_eq!(rows_in_a(&conn), 1, "the second run applied nothing again");
    }

    #[test]
    fn upgrades_from_an_intermediate_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        run(&mut conn, &STEPS[..1]).unwrap();
        assert_eq!(version(&conn), 1);
        assert_eq!(rows_in_a(&conn), 0);
        run(&mut conn, STEPS).unwrap();
        assert_eq!(version(&conn), 2);
        assert_eq!(rows_in_a(&conn), 1);
    }

    #[test]
    fn a_failing_migration_rolls_back_to_the_version_before_it() {
        let mut conn = Connection::open_in_memory().unwrap();
        let broken = [
            STEPS[0],
            "INSERT INTO a VALUES (7); INSERT INTO missing VALUES (1);",
        ];
        assert!(matches!(
            run(&mut conn, &broken),
            Err(MigrationError::Sqlite(_))
        ));
        assert_eq!(version(&conn), 1, "the good first step stays");
        assert_eq!(rows_in_a(&conn), 0, "the half of step 2 that ran is undone");
    }

    #[test]
    fn a_file_from_a_newer_version_is_refused_unchanged() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE future (z); PRAGMA user_version = 5;")
            .unwrap();
        match run(&mut conn, STEPS) {
            Err(MigrationError::TooNew { found, supported }) => {
                assert_eq!(found, 5);
                assert_eq!(supported, STEPS.len() as i64);
            }
            other => panic!("expected TooNew, got {other:?}"),
        }
        assert_eq!(version(&conn), 5);
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'a'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 0, "no migration ran on the newer file");
    }
}
