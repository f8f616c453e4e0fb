-- The PostgreSQL twin of ../0001_submissions.sql: the same columns and rules, so both engines
-- answer alike. Package bytes are bytea in the row (not files in a shared directory): every
-- instance reads the one database, a withdrawal erases them in the same transaction that marks
-- the row, and a backup of the database is a backup of everything.
CREATE TABLE submissions (
    id                TEXT    PRIMARY KEY,
    -- The one truth for idempotency across instances: a second insert with the same key hits
    -- this constraint (INSERT ... ON CONFLICT), whichever instance it reached.
    idempotency_key   TEXT    NOT NULL UNIQUE,
    request_sha256    TEXT    NOT NULL,
    public_key        TEXT    NOT NULL,
    report_id         TEXT    NOT NULL,
    manifest_sha256   TEXT    NOT NULL,
    organisation      TEXT    NOT NULL,
    manifest_json     BYTEA   NOT NULL,
    manifest_sig      BYTEA   NOT NULL,
    report_pdf        BYTEA   NOT NULL,
    report_json       BYTEA   NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('received', 'withdrawn')),
    -- RFC 3339 UTC text, as in SQLite: one format, ordered as text, the same in both engines.
    received_at       TEXT    NOT NULL,
    withdrawn_at      TEXT,
    response_json     TEXT    NOT NULL
);
CREATE INDEX submissions_by_key ON submissions (public_key, received_at);
