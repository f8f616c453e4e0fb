-- Action-plan items the owner has ticked off. Kept per organisation and question, so the tick
-- survives a new assessment; it is advisory (the answer still decides the score).
CREATE TABLE action_done (
    org_id       INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    question_id  TEXT NOT NULL,
    done_at      TEXT NOT NULL,
    PRIMARY KEY (org_id, question_id)
) WITHOUT ROWID;
