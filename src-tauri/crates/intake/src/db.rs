//! The one interface the server stores through, over two engines: the embedded SQLite file of a
//! single instance (the default, [`crate::store::Store`]) and PostgreSQL for a platform running
//! several instances against one database ([`crate::pg::PgStore`]). Both keep the same rows and
//! give the same answers; the handlers never know which one they talk to.

use crate::pg::PgStore;
use crate::store::{
    IdempotentRecord, InsertOutcome, NewSubmission, Store, StoreError, StoredSubmission,
};

#[derive(Clone)]
pub enum Database {
    Sqlite(Store),
    Postgres(PgStore),
}

/// Runs `work` on the blocking pool (SQLite calls block on disk).
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| StoreError::Task(e.to_string()))?
}

impl Database {
    /// The store a server with `config` uses: PostgreSQL when a database URL is set, otherwise
    /// the SQLite file in the data directory (both created and migrated if new).
    pub async fn open(config: &crate::IntakeConfig) -> Result<Database, StoreError> {
        match &config.database {
            Some(url) => Ok(Database::Postgres(PgStore::connect(url.expose()).await?)),
            None => {
                let dir = config.data_dir.clone();
                Ok(Database::Sqlite(blocking(move || Store::open(&dir)).await?))
            }
        }
    }

    pub fn engine(&self) -> &'static str {
        match self {
            Database::Sqlite(_) => "sqlite",
            Database::Postgres(_) => "postgres",
        }
    }

    pub async fn find_by_idempotency_key(
        &self,
        key: &str,
    ) -> Result<Option<IdempotentRecord>, StoreError> {
        match self {
            Database::Sqlite(store) => {
                let (store, key) = (store.clone(), key.to_owned());
                blocking(move || store.find_by_idempotency_key(&key)).await
            }
            Database::Postgres(pg) => pg.find_by_idempotency_key(key).await,
        }
    }

    pub async fn insert(&self, new: NewSubmission) -> Result<InsertOutcome, StoreError> {
        match self {
            Database::Sqlite(store) => {
                let store = store.clone();
                blocking(move || store.insert(&new)).await
            }
            Database::Postgres(pg) => pg.insert(&new).await,
        }
    }

    pub async fn get(&self, id: &str) -> Result<Option<StoredSubmission>, StoreError> {
        match self {
            Database::Sqlite(store) => {
                let (store, id) = (store.clone(), id.to_owned());
                blocking(move || store.get(&id)).await
            }
            Database::Postgres(pg) => pg.get(id).await,
        }
    }

    pub async fn withdraw(&self, id: &str, at: &str) -> Result<bool, StoreError> {
        match self {
            Database::Sqlite(store) => {
                let (store, id, at) = (store.clone(), id.to_owned(), at.to_owned());
                blocking(move || store.withdraw(&id, &at)).await
            }
            Database::Postgres(pg) => pg.withdraw(id, at).await,
        }
    }

    pub async fn list(&self) -> Result<Vec<StoredSubmission>, StoreError> {
        match self {
            Database::Sqlite(store) => {
                let store = store.clone();
                blocking(move || store.list()).await
            }
            Database::Postgres(pg) => pg.list().await,
        }
    }

    pub async fn count(&self) -> Result<i64, StoreError> {
        match self {
            Database::Sqlite(store) => {
                let store = store.clone();
                blocking(move || store.count()).await
            }
            Database::Postgres(pg) => pg.count().await,
        }
    }

    pub async fn list_tenant(&self, tenant: &str) -> Result<Vec<StoredSubmission>, StoreError> {
        match self {
            Database::Sqlite(store) => {
                let (store, tenant) = (store.clone(), tenant.to_owned());
                blocking(move || store.list_tenant(&tenant)).await
            }
            Database::Postgres(pg) => pg.list_tenant(tenant).await,
        }
    }

    pub async fn tenant_exists(&self, tenant: &str) -> Result<bool, StoreError> {
        match self {
            Database::Sqlite(store) => {
                let (store, tenant) = (store.clone(), tenant.to_owned());
                blocking(move || store.tenant_exists(&tenant)).await
            }
            Database::Postgres(pg) => pg.tenant_exists(tenant).await,
        }
    }

    pub async fn create_token(
        &self,
        tenant: &str,
        token_sha256: &str,
        at: &str,
    ) -> Result<(), StoreError> {
        match self {
            Database::Sqlite(store) => {
                let store = store.clone();
                let (tenant, hash, at) =
                    (tenant.to_owned(), token_sha256.to_owned(), at.to_owned());
                blocking(move || store.create_token(&tenant, &hash, &at)).await
            }
            Database::Postgres(pg) => pg.create_token(tenant, token_sha256, at).await,
        }
    }

    pub async fn tenant_for_token(&self, token_sha256: &str) -> Result<Option<String>, StoreError> {
        match self {
            Database::Sqlite(store) => {
                let (store, hash) = (store.clone(), token_sha256.to_owned());
                blocking(move || store.tenant_for_token(&hash)).await
            }
            Database::Postgres(pg) => pg.tenant_for_token(token_sha256).await,
        }
    }

    pub async fn reports(
        &self,
        tenant: Option<&str>,
    ) -> Result<Vec<crate::stats::ReportRow>, StoreError> {
        match self {
            Database::Sqlite(store) => {
                let (store, tenant) = (store.clone(), tenant.map(str::to_owned));
                blocking(move || store.reports(tenant.as_deref())).await
            }
            Database::Postgres(pg) => pg.reports(tenant).await,
        }
    }

    /// [`crate::stats::compute`] over this store's reports.
    pub async fn statistics(
        &self,
        tenant: Option<&str>,
    ) -> Result<crate::stats::Statistics, StoreError> {
        let rows = self.reports(tenant).await?;
        // Parsing every report is CPU work: off the async workers.
        blocking(move || Ok(crate::stats::compute(&rows))).await
    }

    /// Charges one submission to an installation key. On PostgreSQL the bucket is shared by
    /// every instance ([`PgStore::take_token`]); on SQLite (one instance) it is `local`, in
    /// memory.
    pub async fn take_token(
        &self,
        key: &str,
        limit: crate::RateLimit,
        local: &crate::rate::RateLimiter,
    ) -> Result<Result<(), std::time::Duration>, StoreError> {
        match self {
            Database::Sqlite(_) => Ok(local.check(key)),
            Database::Postgres(pg) => pg.take_token(key, limit).await,
        }
    }

    /// Undoes [`Self::take_token`] for a request that turned out to be a replay.
    pub async fn refund_token(
        &self,
        key: &str,
        limit: crate::RateLimit,
        local: &crate::rate::RateLimiter,
    ) -> Result<(), StoreError> {
        match self {
            Database::Sqlite(_) => {
                local.refund(key);
                Ok(())
            }
            Database::Postgres(pg) => pg.refund_token(key, limit).await,
        }
    }
}
