-- The outbox: every submission the owner consented to, with the exact bytes to send, until the
-- platform acknowledges it (and afterwards, as the record of what was sent, to whom and when).
CREATE TABLE submissions (
    id                  INTEGER PRIMARY KEY,
    org_id              INTEGER NOT NULL,
    destination_url     TEXT    NOT NULL,
    destination_identity TEXT   NOT NULL,
    idempotency_key     TEXT    NOT NULL UNIQUE,
    report_id           TEXT    NOT NULL,
    manifest_sha256     TEXT    NOT NULL,
    manifest_json       BLOB    NOT NULL,
    manifest_sig        BLOB    NOT NULL,
    report_pdf          BLOB    NOT NULL,
    report_json         BLOB    NOT NULL,
    state               TEXT    NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'accepted', 'rejected', 'cancelled', 'withdrawn')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    last_error_code     TEXT,
    last_error_data     TEXT,
    remote_id           TEXT,
    remote_status       TEXT,
    receipt_json        TEXT,
    receipt_key_fingerprint TEXT,
    withdrawal_receipt_json TEXT,
    queued_at           TEXT    NOT NULL,
    last_attempt_at     TEXT,
    acknowledged_at     TEXT
);
CREATE INDEX submissions_by_org ON submissions (org_id, id);
CREATE INDEX submissions_pending ON submissions (state) WHERE state = 'pending';

-- One consent record per submission, kept for as long as the submission is.
CREATE TABLE consents (
    submission_id       INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    destination_url     TEXT    NOT NULL,
    destination_identity TEXT   NOT NULL,
    fields_shared       TEXT    NOT NULL,
    files               TEXT    NOT NULL,
    consented_at        TEXT    NOT NULL,
    text_version        TEXT    NOT NULL
);
