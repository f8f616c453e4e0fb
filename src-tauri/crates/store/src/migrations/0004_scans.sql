-- Scans: a local scan of this computer or an outside-in check of a domain, kept whole as JSON
-- (findings with their evidence) so the report can show exactly what was seen.
CREATE TABLE scan_run (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER REFERENCES organisation (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('local', 'domain')),
    target       TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    duration_ms  INTEGER NOT NULL CHECK (duration_ms >= 0),
    report       TEXT NOT NULL CHECK (json_valid(report))
);
CREATE INDEX scan_run_by_org ON scan_run (org_id, kind, id);

-- The owner's decision when a scan contradicts an answer and they keep the answer anyway. It
-- holds only for the answer value it was made for: a changed answer is reconciled afresh.
CREATE TABLE kept_answer (
    org_id       INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    question_id  TEXT NOT NULL,
    value        TEXT NOT NULL,
    decided_at   TEXT NOT NULL,
    PRIMARY KEY (org_id, question_id)
) WITHOUT ROWID;
