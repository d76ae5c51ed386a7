-- Shared by every service (libs/platform): outbox, inbox, deadlines and idempotency keys.

CREATE TABLE outbox (
    id          BIGSERIAL PRIMARY KEY,
    event_id    UUID        NOT NULL UNIQUE,
    topic       TEXT        NOT NULL,
    record_key  TEXT        NOT NULL,
    ce_type     TEXT        NOT NULL,
    payload     TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at     TIMESTAMPTZ
);
CREATE INDEX outbox_pending ON outbox (id) WHERE sent_at IS NULL;

CREATE TABLE inbox (
    event_id   UUID        NOT NULL,
    handler    TEXT        NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, handler)
);

CREATE TABLE deadline (
    id         BIGSERIAL PRIMARY KEY,
    kind       TEXT        NOT NULL,
    subject    TEXT        NOT NULL,
    due_at     TIMESTAMPTZ NOT NULL,
    fired_at   TIMESTAMPTZ,
    cancelled_at TIMESTAMPTZ,
    UNIQUE (kind, subject)
);
CREATE INDEX deadline_due ON deadline (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;

CREATE TABLE idempotency_key (
    scope         TEXT        NOT NULL,
    idem_key      TEXT        NOT NULL,
    request_hash  TEXT        NOT NULL,
    response_status INT,
    response_location TEXT,
    response_body TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idem_key)
);
