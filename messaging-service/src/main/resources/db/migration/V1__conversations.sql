CREATE TABLE conversation (
    id              UUID PRIMARY KEY,
    case_id         UUID        NOT NULL UNIQUE,
    order_id        TEXT        NOT NULL,
    item_id         TEXT        NOT NULL,
    buyer_id        TEXT        NOT NULL,
    seller_id       TEXT        NOT NULL,
    reason          TEXT        NOT NULL,
    paid_minor      BIGINT      NOT NULL,
    paid_currency   CHAR(3)     NOT NULL,
    status          TEXT        NOT NULL,
    seller_deadline TIMESTAMPTZ NOT NULL,
    opened_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX conversation_buyer ON conversation (buyer_id);
CREATE INDEX conversation_seller ON conversation (seller_id);

CREATE TABLE message (
    id              UUID PRIMARY KEY,
    conversation_id UUID        NOT NULL REFERENCES conversation (id),
    author_id       TEXT        NOT NULL,
    author_role     TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    sent_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX message_conversation ON message (conversation_id, sent_at);
