//! The intake's PostgreSQL store, for a platform running several instances against one database.
//!
//! Everything that must hold across instances is decided by the database, never by a lock in one
//! process: the Idempotency-Key is a `UNIQUE` column and a submission is stored with
//! `INSERT … ON CONFLICT (idempotency_key) DO NOTHING` inside one transaction, so of two
//! instances receiving the same package at once exactly one inserts, and the other reads the
//! winner's row (PostgreSQL makes the second insert wait for the first transaction, then skip).
//!
//! Package bytes are kept as `bytea` in the row rather than as files in a directory: a directory
//! would have to be shared storage mounted by every instance (NFS and its locking semantics), and
//! a file written beside a row can outlive a failed transaction or miss a backup. In the row
//! there is one truth, written and erased atomically with its metadata. Packages are at most
//! 20 MiB, well inside what `bytea` handles.
//!
//! Migrations: `migrations/postgres/NNNN_*.sql`, forward-only, applied in one transaction under a
//! transaction-scoped advisory lock (instances starting together apply each step once), their
//! version kept in `intake_schema_version`. A database at a newer version is refused untouched.

use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::Row;

use coverready_submission::PackageKind;

use crate::store::{IdempotentRecord, InsertOutcome, NewSubmission, StoreError, StoredSubmission};

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/postgres/0001_submissions.sql"),
    include_str!("migrations/postgres/0002_tenants.sql"),
    include_str!("migrations/postgres/0003_rate_buckets.sql"),
    include_str!("migrations/postgres/0004_kind.sql"),
];

/// `pg_advisory_xact_lock` key that serialises migrations ("CRIN" in ASCII).
const MIGRATION_LOCK: i64 = 0x4352_494e;

#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to `url` (`postgres://user:password@host:port/database`, libpq parameters such as
    /// `sslmode=verify-full` in the query string) and brings the schema up to date.
    pub async fn connect(url: &str) -> Result<PgStore, StoreError> {
        check_reachable(url).await?;
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await?;
        migrate(&pool).await?;
        Ok(PgStore { pool })
    }

    /// Connects without migrating: reading commands must not create a schema in a database that
    /// was mistyped.
    pub async fn connect_existing(url: &str) -> Result<PgStore, StoreError> {
        check_reachable(url).await?;
        let pool = PgPoolOptions::new()
            .max_connections(2)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url)
            .await?;
        let version = schema_version(&pool).await?;
        match version {
            None | Some(0) => Err(StoreError::MissingDatabase),
            Some(v) if v > MIGRATIONS.len() as i64 => Err(StoreError::TooNew(v)),
            Some(_) => Ok(PgStore { pool }),
        }
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    pub async fn find_by_idempotency_key(
        &self,
        key: &str,
    ) -> Result<Option<IdempotentRecord>, StoreError> {
        let row = sqlx::query_as::<_, (String, String, String, String, String)>(&format!(
            "{SELECT_IDEMPOTENT} WHERE idempotency_key = $1"
        ))
        .bind(key)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(idempotent))
    }

    /// Stores `new` unless its Idempotency-Key is taken, on whichever instance: the unique
    /// constraint decides, inside one transaction with the read of the winner.
    pub async fn insert(&self, new: &NewSubmission) -> Result<InsertOutcome, StoreError> {
        let mut tx = self.pool.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO submissions (id, idempotency_key, request_sha256, public_key, report_id,
                 manifest_sha256, organisation, manifest_json, manifest_sig, report_pdf,
                 report_json, status, received_at, response_json, tenant, kind)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'received', $12, $13, $14,
                 $15)
             ON CONFLICT (idempotency_key) DO NOTHING",
        )
        .bind(&new.id)
        .bind(&new.idempotency_key)
        .bind(&new.request_sha256)
        .bind(&new.public_key)
        .bind(&new.report_id)
        .bind(&new.manifest_sha256)
        .bind(&new.organisation_json)
        .bind(&new.manifest_json)
        .bind(&new.manifest_sig)
        .bind(&new.report_pdf)
        .bind(&new.report_json)
        .bind(&new.received_at)
        .bind(&new.response_json)
        .bind(&new.tenant)
        .bind(new.kind.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 1 {
            tx.commit().await?;
            return Ok(InsertOutcome::Inserted);
        }
        // The conflicting row is committed (ON CONFLICT waited for its transaction), so this
        // statement, with a fresh snapshot under READ COMMITTED, sees it.
        let existing = sqlx::query_as::<_, (String, String, String, String, String)>(&format!(
            "{SELECT_IDEMPOTENT} WHERE idempotency_key = $1"
        ))
        .bind(&new.idempotency_key)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(InsertOutcome::Existing(idempotent(existing)))
    }

    pub async fn get(&self, id: &str) -> Result<Option<StoredSubmission>, StoreError> {
        let row = sqlx::query_as::<_, SummaryRow>(&format!("{SELECT_SUMMARY} WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(summary))
    }

    /// Marks a submission withdrawn and empties its content in one statement: no query reaches
    /// the content again. PostgreSQL does not zero the old row version (VACUUM only frees it
    /// for reuse), nor WAL archives and backups: see the crate README on erasure.
    pub async fn withdraw(&self, id: &str, at: &str) -> Result<bool, StoreError> {
        let changed = sqlx::query(
            "UPDATE submissions SET status = 'withdrawn', withdrawn_at = $2, organisation = '{}',
                 manifest_json = ''::bytea, manifest_sig = ''::bytea, report_pdf = ''::bytea,
                 report_json = ''::bytea
             WHERE id = $1 AND status = 'received'",
        )
        .bind(id)
        .bind(at)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(changed == 1)
    }

    pub async fn list(&self) -> Result<Vec<StoredSubmission>, StoreError> {
        let rows =
            sqlx::query_as::<_, SummaryRow>(&format!("{SELECT_SUMMARY} ORDER BY received_at, id"))
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(summary).collect())
    }

    pub async fn list_tenant(&self, tenant: &str) -> Result<Vec<StoredSubmission>, StoreError> {
        let rows = sqlx::query_as::<_, SummaryRow>(&format!(
            "{SELECT_SUMMARY} WHERE tenant = $1 ORDER BY received_at, id"
        ))
        .bind(tenant)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(summary).collect())
    }

    pub async fn tenant_exists(&self, tenant: &str) -> Result<bool, StoreError> {
        Ok(
            sqlx::query_scalar::<_, i32>("SELECT 1 FROM tenants WHERE name = $1")
                .bind(tenant)
                .fetch_optional(&self.pool)
                .await?
                .is_some(),
        )
    }

    /// Records a token (by its SHA-256) for `tenant`, creating the tenant if new: one
    /// transaction.
    pub async fn create_token(
        &self,
        tenant: &str,
        token_sha256: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO tenants (name, created_at) VALUES ($1, $2)
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(tenant)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO access_tokens (token_sha256, tenant, created_at) VALUES ($1, $2, $3)",
        )
        .bind(token_sha256)
        .bind(tenant)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn tenant_for_token(&self, token_sha256: &str) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar::<_, String>(
            "SELECT tenant FROM access_tokens WHERE token_sha256 = $1",
        )
        .bind(token_sha256)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The reports of every submission still received, of one tenant or of all.
    pub async fn reports(
        &self,
        tenant: Option<&str>,
    ) -> Result<Vec<crate::stats::ReportRow>, StoreError> {
        let rows = sqlx::query_as::<_, (String, String, Vec<u8>)>(
            "SELECT received_at, public_key, report_json FROM submissions
             WHERE status = 'received' AND kind = 'readiness_report'
                 AND ($1::text IS NULL OR tenant = $1)",
        )
        .bind(tenant)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(received_at, public_key, report_json)| crate::stats::ReportRow {
                    received_at,
                    public_key,
                    report_json,
                },
            )
            .collect())
    }

    pub async fn count(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar::<_, i64>("SELECT count(*) FROM submissions")
                .fetch_one(&self.pool)
                .await?,
        )
    }

    /// Takes one token from `key`'s bucket, shared by every instance: refill, decision and
    /// charge are one statement on one row (`INSERT … ON CONFLICT DO UPDATE` locks it), so two
    /// instances cannot both spend the last token. `Err(wait)` when none is left.
    pub async fn take_token(
        &self,
        key: &str,
        limit: crate::RateLimit,
    ) -> Result<Result<(), Duration>, StoreError> {
        let per_sec = f64::from(limit.per_minute.max(1)) / 60.0;
        let burst = f64::from(limit.burst.max(1));
        let (allowed, tokens): (bool, f64) = sqlx::query_as(
            "WITH now AS (SELECT clock_timestamp() AS at)
             INSERT INTO rate_buckets AS b (key, tokens, updated_at, allowed)
                 SELECT $1, $2 - 1, now.at, true FROM now
             ON CONFLICT (key) DO UPDATE SET
                 tokens = CASE
                     WHEN least($2, b.tokens + $3 * extract(epoch FROM excluded.updated_at - b.updated_at)) >= 1
                     THEN least($2, b.tokens + $3 * extract(epoch FROM excluded.updated_at - b.updated_at)) - 1
                     ELSE least($2, b.tokens + $3 * extract(epoch FROM excluded.updated_at - b.updated_at))
                 END,
                 allowed = least($2, b.tokens + $3 * extract(epoch FROM excluded.updated_at - b.updated_at)) >= 1,
                 updated_at = excluded.updated_at
             RETURNING allowed, tokens",
        )
        .bind(key)
        .bind(burst)
        .bind(per_sec)
        .fetch_one(&self.pool)
        .await?;
        // Now and then, forget buckets idle long enough to be full again.
        if rand_percent() == 0 {
            let _ = sqlx::query(
                "DELETE FROM rate_buckets WHERE updated_at < clock_timestamp() - interval '10 minutes'",
            )
            .execute(&self.pool)
            .await;
        }
        Ok(if allowed {
            Ok(())
        } else {
            Err(Duration::from_secs_f64(((1.0 - tokens) / per_sec).max(0.0)))
        })
    }

    /// Gives back a token [`Self::take_token`] took, for a request that turned out a replay.
    pub async fn refund_token(&self, key: &str, limit: crate::RateLimit) -> Result<(), StoreError> {
        sqlx::query("UPDATE rate_buckets SET tokens = least($2, tokens + 1) WHERE key = $1")
            .bind(key)
            .bind(f64::from(limit.burst.max(1)))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The schema version this database is at (for tests and diagnostics).
    pub async fn version(&self) -> Result<i64, StoreError> {
        Ok(schema_version(&self.pool).await?.unwrap_or(0))
    }
}

const SELECT_IDEMPOTENT: &str =
    "SELECT id, request_sha256, response_json, status, tenant FROM submissions";

fn idempotent(
    (id, request_sha256, response_json, status, tenant): (String, String, String, String, String),
) -> IdempotentRecord {
    IdempotentRecord {
        id,
        tenant,
        request_sha256,
        response_json,
        status,
    }
}

type SummaryRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    i64,
    i64,
    String,
    String,
);

const SELECT_SUMMARY: &str = "SELECT id, public_key, report_id, manifest_sha256, organisation,
        status, received_at, withdrawn_at, octet_length(report_pdf)::bigint,
        octet_length(report_json)::bigint, tenant, kind
    FROM submissions";

fn summary(r: SummaryRow) -> StoredSubmission {
    StoredSubmission {
        id: r.0,
        public_key: r.1,
        report_id: r.2,
        manifest_sha256: r.3,
        organisation: serde_json::from_str(&r.4).unwrap_or_default(),
        status: r.5,
        received_at: r.6,
        withdrawn_at: r.7,
        report_pdf_bytes: r.8,
        report_json_bytes: r.9,
        tenant: r.10,
        kind: PackageKind::parse(&r.11).unwrap_or_default(),
    }
}

/// 0..100, from the OS's randomness (0 when it fails: then the cleanup just runs).
fn rand_percent() -> u8 {
    let mut byte = [0u8; 1];
    let _ = getrandom::fill(&mut byte);
    byte[0] % 100
}

/// One plain connection first: a wrong host, port or password is reported at once, where the
/// pool would keep retrying until its acquire timeout.
async fn check_reachable(url: &str) -> Result<(), StoreError> {
    use sqlx::Connection;
    let conn = sqlx::postgres::PgConnection::connect(url).await?;
    let _ = conn.close().await;
    Ok(())
}

/// `None` when the version table does not exist (an empty database).
async fn schema_version(pool: &PgPool) -> Result<Option<i64>, StoreError> {
    let exists: bool =
        sqlx::query_scalar("SELECT to_regclass('intake_schema_version') IS NOT NULL")
            .fetch_one(pool)
            .await?;
    if !exists {
        return Ok(None);
    }
    let version: Option<i64> =
        sqlx::query_scalar("SELECT max(version)::bigint FROM intake_schema_version")
            .fetch_one(pool)
            .await?;
    Ok(Some(version.unwrap_or(0)))
}

/// Applies what this database has not seen, all in one transaction under the migration lock.
async fn migrate(pool: &PgPool) -> Result<(), StoreError> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(MIGRATION_LOCK)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS intake_schema_version (
             version    INTEGER PRIMARY KEY,
             applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
         )",
    )
    .execute(&mut *tx)
    .await?;
    let current: i64 =
        sqlx::query("SELECT coalesce(max(version), 0)::bigint FROM intake_schema_version")
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
    let supported = MIGRATIONS.len() as i64;
    if current > supported {
        return Err(StoreError::TooNew(current));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        // A string without arguments goes by the simple query protocol: several statements.
        sqlx::Executor::execute(&mut *tx, *sql).await?;
        sqlx::query("INSERT INTO intake_schema_version (version) VALUES ($1)")
            .bind(index as i32 + 1)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// How many migrations this build knows (the version a migrated database is at).
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
