-- Issue 5: assignment, overdue flag and priority, follow-ups, appeals.
ALTER TABLE dispute ADD COLUMN assignee TEXT;
ALTER TABLE dispute ADD COLUMN overdue BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE dispute ADD COLUMN priority INT NOT NULL DEFAULT 0;
ALTER TABLE dispute ADD COLUMN decided_at TIMESTAMPTZ;
DROP INDEX dispute_queue;
CREATE INDEX dispute_queue ON dispute (status, overdue DESC, priority DESC, decision_due_at);

CREATE TABLE follow_up (
    id          UUID PRIMARY KEY,
    dispute_id  UUID        NOT NULL REFERENCES dispute (id),
    author_id   TEXT        NOT NULL,
    author_role TEXT        NOT NULL,
    body        TEXT        NOT NULL,
    posted_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX follow_up_dispute ON follow_up (dispute_id, posted_at);

CREATE TABLE appeal (
    id                   UUID PRIMARY KEY,
    dispute_id           UUID        NOT NULL REFERENCES dispute (id),
    party                TEXT        NOT NULL,
    appellant_id         TEXT        NOT NULL,
    appealed_decision_id UUID        NOT NULL REFERENCES decision (id),
    reason               TEXT        NOT NULL,
    evidence_ids         TEXT        NOT NULL DEFAULT '',
    filed_at             TIMESTAMPTZ NOT NULL,
    UNIQUE (dispute_id, party)
);
