CREATE TABLE refund (
    id            UUID PRIMARY KEY,
    refund_key    TEXT        NOT NULL UNIQUE,
    case_id       UUID        NOT NULL,
    decision_id   UUID,
    settlement_id UUID,
    buyer_id      TEXT        NOT NULL,
    amount_minor  BIGINT      NOT NULL CHECK (amount_minor > 0),
    currency      CHAR(3)     NOT NULL,
    destination   TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    issued_at     TIMESTAMPTZ
);
CREATE INDEX refund_case ON refund (case_id);
CREATE INDEX refund_buyer ON refund (buyer_id, created_at DESC);

CREATE TABLE wallet (
    buyer_id      TEXT        NOT NULL,
    currency      CHAR(3)     NOT NULL,
    balance_minor BIGINT      NOT NULL CHECK (balance_minor >= 0),
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (buyer_id, currency)
);
