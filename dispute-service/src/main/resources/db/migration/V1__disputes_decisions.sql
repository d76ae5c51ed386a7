CREATE TABLE dispute (
    id              UUID PRIMARY KEY,
    case_id         UUID        NOT NULL,
    order_id        TEXT        NOT NULL,
    item_id         TEXT        NOT NULL,
    buyer_id        TEXT        NOT NULL,
    seller_id       TEXT        NOT NULL,
    reason          TEXT        NOT NULL,
    trigger         TEXT        NOT NULL,
    paid_minor      BIGINT      NOT NULL,
    paid_currency   CHAR(3)     NOT NULL,
    status          TEXT        NOT NULL,
    decision_due_at TIMESTAMPTZ NOT NULL,
    opened_at       TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX dispute_one_open_per_case ON dispute (case_id) WHERE status = 'OPEN';
CREATE INDEX dispute_queue ON dispute (status, decision_due_at);
CREATE INDEX dispute_case ON dispute (case_id);

CREATE TABLE decision (
    id              UUID PRIMARY KEY,
    dispute_id      UUID        NOT NULL REFERENCES dispute (id),
    case_id         UUID        NOT NULL,
    outcome         TEXT        NOT NULL,
    refund_minor    BIGINT CHECK (refund_minor >= 0),
    refund_currency CHAR(3),
    rationale       TEXT        NOT NULL,
    decided_by      TEXT        NOT NULL,
    decided_at      TIMESTAMPTZ NOT NULL,
    supersedes_id   UUID REFERENCES decision (id)
);
CREATE INDEX decision_dispute ON decision (dispute_id, decided_at);
