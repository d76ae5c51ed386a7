CREATE TABLE purchase_order (
    id            TEXT PRIMARY KEY,
    buyer_id      TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX purchase_order_buyer ON purchase_order (buyer_id);

CREATE TABLE order_item (
    id                  BIGSERIAL PRIMARY KEY,
    order_id            TEXT        NOT NULL REFERENCES purchase_order (id),
    item_id             TEXT        NOT NULL,
    seller_id           TEXT        NOT NULL,
    title               TEXT        NOT NULL,
    category            TEXT        NOT NULL,
    quantity            INT         NOT NULL CHECK (quantity > 0),
    unit_price_minor    BIGINT      NOT NULL CHECK (unit_price_minor >= 0),
    unit_price_currency CHAR(3)     NOT NULL,
    paid_minor          BIGINT      NOT NULL CHECK (paid_minor >= 0),
    paid_currency       CHAR(3)     NOT NULL,
    received_at         TIMESTAMPTZ,
    UNIQUE (order_id, item_id)
);

CREATE TABLE refund_case (
    id            UUID PRIMARY KEY,
    order_id      TEXT        NOT NULL,
    item_id       TEXT        NOT NULL,
    buyer_id      TEXT        NOT NULL,
    seller_id     TEXT        NOT NULL,
    reason        TEXT        NOT NULL,
    description   TEXT,
    paid_minor    BIGINT      NOT NULL,
    paid_currency CHAR(3)     NOT NULL,
    status        TEXT        NOT NULL,
    reported_at   TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX refund_case_one_open_per_item ON refund_case (order_id, item_id) WHERE status <> 'CLOSED';
CREATE INDEX refund_case_buyer ON refund_case (buyer_id, reported_at DESC);
CREATE INDEX refund_case_seller ON refund_case (seller_id, reported_at DESC);

CREATE TABLE timeline_entry (
    id          BIGSERIAL PRIMARY KEY,
    case_id     UUID        NOT NULL REFERENCES refund_case (id),
    event_id    UUID        NOT NULL UNIQUE,
    event_type  TEXT        NOT NULL,
    summary     TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX timeline_entry_case ON timeline_entry (case_id, occurred_at);
