-- The per-installation-key rate limit, shared by every instance (PostgreSQL only: a single
-- SQLite instance keeps its buckets in memory). One token bucket per key; `allowed` records
-- whether the last charge was granted, so one statement both refills and decides.
CREATE TABLE rate_buckets (
    key         TEXT PRIMARY KEY,
    tokens      DOUBLE PRECISION NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    allowed     BOOLEAN NOT NULL
);
CREATE INDEX rate_buckets_by_age ON rate_buckets (updated_at);
