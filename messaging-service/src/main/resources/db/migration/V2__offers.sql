-- Issue 4: offers, message evidence, and the conversation's negotiation states.
ALTER TABLE message ADD COLUMN evidence_ids TEXT NOT NULL DEFAULT '';

CREATE TABLE offer (
    id              UUID PRIMARY KEY,
    conversation_id UUID        NOT NULL REFERENCES conversation (id),
    offer_type      TEXT        NOT NULL,
    amount_minor    BIGINT CHECK (amount_minor > 0),
    note            TEXT,
    status          TEXT        NOT NULL,
    made_at         TIMESTAMPTZ NOT NULL,
    answered_at     TIMESTAMPTZ,
    answer_reason   TEXT
);
CREATE UNIQUE INDEX offer_one_open_per_conversation ON offer (conversation_id) WHERE status = 'OPEN';
CREATE INDEX offer_conversation ON offer (conversation_id, made_at);
