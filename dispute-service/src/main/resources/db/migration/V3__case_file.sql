-- Issue 5: the case file, built from events alone.
CREATE TABLE case_file (
    case_id            UUID PRIMARY KEY,
    order_id           TEXT        NOT NULL,
    item_id            TEXT        NOT NULL,
    item_title         TEXT,
    buyer_id           TEXT        NOT NULL,
    seller_id          TEXT        NOT NULL,
    reason             TEXT        NOT NULL,
    description        TEXT,
    requested_outcome  TEXT,
    requested_minor    BIGINT,
    paid_minor         BIGINT      NOT NULL,
    paid_currency      CHAR(3)     NOT NULL,
    reported_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE case_file_entry (
    id          BIGSERIAL PRIMARY KEY,
    case_id     UUID        NOT NULL,
    event_id    UUID        NOT NULL UNIQUE,
    entry_type  TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    summary     TEXT        NOT NULL,
    evidence    TEXT        NOT NULL DEFAULT '[]',
    due_at      TIMESTAMPTZ,
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_file_entry_case ON case_file_entry (case_id, occurred_at);
