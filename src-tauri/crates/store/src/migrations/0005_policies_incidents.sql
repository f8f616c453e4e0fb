-- After cover: the policy of each organisation (one; its limits per cover type in their own
-- table) and incidents with their append-only, hash-chained log. Amounts are yuan, times Unix
-- seconds; policy dates are calendar days (YYYY-MM-DD, Beijing time).
CREATE TABLE policy (
    org_id         INTEGER PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
    insurer        TEXT,
    policy_number  TEXT,
    start_date     TEXT,
    end_date       TEXT,
    retention      REAL CHECK (retention IS NULL OR retention >= 0),
    hotline        TEXT,
    notice_hours   INTEGER CHECK (notice_hours IS NULL OR notice_hours > 0),
    broker         TEXT,
    updated_at     INTEGER NOT NULL
);

CREATE TABLE policy_limit (
    org_id   INTEGER NOT NULL REFERENCES policy (org_id) ON DELETE CASCADE,
    cover    TEXT NOT NULL,
    amount   REAL NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (org_id, cover)
) WITHOUT ROWID;

-- The head (count and last hash) is kept with the incident, in the same transaction as each
-- entry, so entries cut off the end of the log show too.
CREATE TABLE incident (
    id             INTEGER PRIMARY KEY,
    org_id         INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    discovered_at  INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    entry_count    INTEGER NOT NULL DEFAULT 0,
    head_hash      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incident_by_org ON incident (org_id, id);

CREATE TABLE incident_entry (
    incident_id      INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    at               INTEGER NOT NULL,
    who              TEXT NOT NULL,
    what             TEXT NOT NULL,
    step             TEXT,
    text             TEXT NOT NULL,
    evidence_name    TEXT,
    evidence_stored  TEXT,
    evidence_size    INTEGER,
    evidence_sha256  TEXT,
    prev_hash        TEXT NOT NULL,
    hash             TEXT NOT NULL,
    PRIMARY KEY (incident_id, seq)
) WITHOUT ROWID;

-- Append-only: a correction is a new entry. (Anyone with the file can drop this trigger; the
-- hash chain is what shows a change.)
CREATE TRIGGER incident_entry_no_update BEFORE UPDATE ON incident_entry
BEGIN
    SELECT RAISE(ABORT, 'incident entries are append-only');
END;
