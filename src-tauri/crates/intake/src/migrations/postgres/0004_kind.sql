-- What a submission carries: a readiness report (everything received before claim packs
-- existed) or an incident's claim pack, which statistics never count.
ALTER TABLE submissions ADD COLUMN kind TEXT NOT NULL DEFAULT 'readiness_report'
    CHECK (kind IN ('readiness_report', 'claim_pack'));
