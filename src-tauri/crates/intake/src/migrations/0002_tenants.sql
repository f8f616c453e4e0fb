-- Tenants and their access tokens. A submission belongs to the tenant whose URL it came in by
-- (`/t/<tenant>/api/v1/...`), or to `default` (plain `/api/v1/...`, what an unconfigured client
-- uses). Tokens are stored as SHA-256 of the token: a copy of the database lets nobody list.
CREATE TABLE tenants (
    name        TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL
);
INSERT INTO tenants (name, created_at) VALUES ('default', '1970-01-01T00:00:00Z');
CREATE TABLE access_tokens (
    token_sha256  TEXT PRIMARY KEY,
    tenant        TEXT NOT NULL REFERENCES tenants (name),
    created_at    TEXT NOT NULL
);
ALTER TABLE submissions ADD COLUMN tenant TEXT NOT NULL DEFAULT 'default';
CREATE INDEX submissions_by_tenant ON submissions (tenant, received_at);
