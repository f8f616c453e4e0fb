-- Assessments: one organisation, one checklist version, its answers. An assessment is never
-- overwritten; a new one starts from a copy of the previous answers and both remain.
CREATE TABLE assessment (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    pack_id       TEXT NOT NULL,
    pack_version  TEXT NOT NULL,
    mode          TEXT NOT NULL CHECK (mode IN ('full', 'quick')),
    based_on      INTEGER REFERENCES assessment (id) ON DELETE SET NULL,
    started_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX assessment_by_org ON assessment (org_id, id);

CREATE TABLE answer (
    assessment_id  INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    value          TEXT NOT NULL
                   CHECK (value IN ('yes', 'partly', 'no', 'not_sure', 'not_applicable')),
    note           TEXT CHECK (note IS NULL OR length(note) <= 2000),
    evidence       TEXT CHECK (evidence IS NULL OR length(evidence) <= 2000),
    answered_at    TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
) WITHOUT ROWID;
