-- Organisations (a broker has many) and their tailoring profile.
CREATE TABLE organisation (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- One row per answered profile field; the value is JSON (bool, number or string) so that new
-- profile questions in a content pack need no schema change.
CREATE TABLE profile_value (
    org_id      INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    field       TEXT NOT NULL,
    value       TEXT NOT NULL CHECK (json_valid(value)),
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (org_id, field)
) WITHOUT ROWID;

-- Per-installation preferences (language, text size, ...).
CREATE TABLE setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
) WITHOUT ROWID;
