-- What the intake received. Withdrawal wipes the package content and keeps a tombstone, so a
-- repeated withdrawal or status request still gets a truthful answer.
CREATE TABLE submissions (
    id                TEXT    PRIMARY KEY,
    idempotency_key   TEXT    NOT NULL UNIQUE,
    -- SHA-256 over the four parts: "same key, same body" is judged on content, since multipart
    -- boundaries differ between retries.
    request_sha256    TEXT    NOT NULL,
    public_key        TEXT    NOT NULL,
    report_id         TEXT    NOT NULL,
    manifest_sha256   TEXT    NOT NULL,
    organisation      TEXT    NOT NULL,
    manifest_json     BLOB    NOT NULL,
    manifest_sig      BLOB    NOT NULL,
    report_pdf        BLOB    NOT NULL,
    report_json       BLOB    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('received', 'withdrawn')),
    received_at       TEXT    NOT NULL,
    withdrawn_at      TEXT,
    -- The exact body of the first 201 answer, replayed for a repeated Idempotency-Key.
    response_json     TEXT    NOT NULL
);
CREATE INDEX submissions_by_key ON submissions (public_key, received_at);
