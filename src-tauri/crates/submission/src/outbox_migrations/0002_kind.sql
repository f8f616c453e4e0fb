-- What each submission carries: a readiness report (everything queued before claim packs
-- existed) or an incident's claim pack.
ALTER TABLE submissions ADD COLUMN kind TEXT NOT NULL DEFAULT 'readiness_report'
    CHECK (kind IN ('readiness_report', 'claim_pack'));
