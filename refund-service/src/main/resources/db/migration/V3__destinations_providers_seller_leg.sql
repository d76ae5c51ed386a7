-- Issue 6: destinations (wallet or the original payment through a provider), provider attempts and failures,
-- the item the refund is for, and the seller leg in CNY at the exchange rate locked at payment.
ALTER TABLE refund DROP CONSTRAINT refund_amount_minor_check;
ALTER TABLE refund ADD CONSTRAINT refund_amount_not_negative CHECK (amount_minor >= 0);
-- A cause that owes nothing beyond what was refunded (a lower superseding decision) is recorded with amount 0.
ALTER TABLE refund ADD CONSTRAINT refund_amount_positive_when_paid CHECK (amount_minor > 0 OR status = 'NOTHING_DUE');

ALTER TABLE refund ADD COLUMN order_id TEXT;
ALTER TABLE refund ADD COLUMN item_id TEXT;
ALTER TABLE refund ADD COLUMN seller_id TEXT;
ALTER TABLE refund ADD COLUMN owed_minor BIGINT;
ALTER TABLE refund ADD COLUMN amount_paid_minor BIGINT;
ALTER TABLE refund ADD COLUMN note TEXT;
ALTER TABLE refund ADD COLUMN exchange_rate NUMERIC(24, 12);
ALTER TABLE refund ADD COLUMN seller_amount_minor BIGINT CHECK (seller_amount_minor >= 0);
ALTER TABLE refund ADD COLUMN seller_currency CHAR(3);
ALTER TABLE refund ADD COLUMN payment_reference TEXT;
ALTER TABLE refund ADD COLUMN provider TEXT;
ALTER TABLE refund ADD COLUMN provider_refund_id TEXT;
-- The provider idempotency key is refund-<id>-<generation>; a new generation only after a definite decline.
ALTER TABLE refund ADD COLUMN provider_key_generation INT NOT NULL DEFAULT 1;
ALTER TABLE refund ADD COLUMN round INT NOT NULL DEFAULT 1;
ALTER TABLE refund ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE refund ADD COLUMN outcome_unknown BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE refund ADD COLUMN last_error TEXT;
ALTER TABLE refund ADD COLUMN next_attempt_at TIMESTAMPTZ;
ALTER TABLE refund ADD COLUMN failed_at TIMESTAMPTZ;
ALTER TABLE refund ADD COLUMN fallback_chosen_by TEXT;
ALTER TABLE refund ADD COLUMN fallback_chosen_at TIMESTAMPTZ;
CREATE INDEX refund_item ON refund (order_id, item_id);
CREATE INDEX refund_status ON refund (status) WHERE status IN ('PENDING', 'FAILED');

-- Every call to a payment provider, with what it answered: where the money went, and why not.
CREATE TABLE refund_attempt (
    id                 BIGSERIAL PRIMARY KEY,
    refund_id          UUID        NOT NULL REFERENCES refund (id),
    round              INT         NOT NULL,
    attempt            INT         NOT NULL,
    idempotency_key    TEXT        NOT NULL,
    outcome            TEXT        NOT NULL,
    detail             TEXT,
    provider_refund_id TEXT,
    attempted_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX refund_attempt_refund ON refund_attempt (refund_id, id);
