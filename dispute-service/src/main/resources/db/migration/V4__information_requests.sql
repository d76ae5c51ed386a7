-- Issue 5: the agent's questions to a party and the party's statements.
CREATE TABLE information_request (
    id           UUID PRIMARY KEY,
    dispute_id   UUID        NOT NULL REFERENCES dispute (id),
    party        TEXT        NOT NULL,
    question     TEXT        NOT NULL,
    asked_by     TEXT        NOT NULL,
    asked_at     TIMESTAMPTZ NOT NULL,
    due_at       TIMESTAMPTZ NOT NULL,
    statement    TEXT,
    evidence_ids TEXT        NOT NULL DEFAULT '',
    answered_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX information_request_one_pending ON information_request (dispute_id, party) WHERE answered_at IS NULL;
