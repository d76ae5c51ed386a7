-- Issue 21: the item's journey through the agent (each step recorded by the platform, only forward) and the claim
-- stage and fault of each case (warehouse-stage claims, buyer-fault returns counted against a monthly quota).
ALTER TABLE order_item ADD COLUMN journey_step TEXT NOT NULL DEFAULT 'PURCHASED'
    CHECK (journey_step IN ('PURCHASED', 'SELLER_SHIPPED', 'STOCKED_IN', 'SHIPPED_ABROAD', 'DELIVERED'));
UPDATE order_item SET journey_step = 'DELIVERED' WHERE received_at IS NOT NULL;
ALTER TABLE order_item ADD COLUMN no_reason_returns BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE order_item ADD COLUMN seller_shipped_at TIMESTAMPTZ;
ALTER TABLE order_item ADD COLUMN domestic_carrier TEXT;
ALTER TABLE order_item ADD COLUMN domestic_tracking TEXT;
ALTER TABLE order_item ADD COLUMN stocked_in_at TIMESTAMPTZ;
ALTER TABLE order_item ADD COLUMN weight_grams INTEGER CHECK (weight_grams > 0);
ALTER TABLE order_item ADD COLUMN shipped_abroad_at TIMESTAMPTZ;
ALTER TABLE order_item ADD COLUMN parcel_id TEXT;
ALTER TABLE order_item ADD COLUMN parcel_carrier TEXT;
ALTER TABLE order_item ADD COLUMN parcel_tracking TEXT;
ALTER TABLE order_item ADD COLUMN insured_minor BIGINT CHECK (insured_minor >= 0);
ALTER TABLE order_item ADD COLUMN insured_currency CHAR(3);

ALTER TABLE refund_case ADD COLUMN claim_stage TEXT NOT NULL DEFAULT 'AFTER_DELIVERY'
    CHECK (claim_stage IN ('AT_WAREHOUSE', 'AFTER_DELIVERY'));
ALTER TABLE refund_case ADD COLUMN fault TEXT NOT NULL DEFAULT 'SELLER'
    CHECK (fault IN ('SELLER', 'BUYER', 'AGENT', 'CARRIER'));
-- The quota counts a buyer's buyer-fault claims of a month.
CREATE INDEX refund_case_buyer_fault ON refund_case (buyer_id, reported_at) WHERE fault = 'BUYER';
-- Shipping abroad asks whether the item has an open warehouse-stage case.
CREATE INDEX refund_case_at_warehouse ON refund_case (order_id, item_id) WHERE claim_stage = 'AT_WAREHOUSE';

-- What the buyer paid for an item, line by line, in the buyer's currency (and in CNY for CNY costs): the sum of an
-- item's lines is its paid amount. Items registered without lines have one ITEM line of what was paid.
CREATE TABLE item_cost_line (
    id            BIGSERIAL PRIMARY KEY,
    order_id      TEXT        NOT NULL,
    item_id       TEXT        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('ITEM', 'DOMESTIC_SHIPPING', 'SERVICE_FEE', 'QC_FEE',
                                                       'INTERNATIONAL_SHIPPING', 'INSURANCE')),
    amount_minor  BIGINT      NOT NULL CHECK (amount_minor >= 0),
    currency      CHAR(3)     NOT NULL,
    cny_minor     BIGINT      CHECK (cny_minor >= 0),
    registered_at TIMESTAMPTZ NOT NULL,
    UNIQUE (order_id, item_id, kind)
);
INSERT INTO item_cost_line (order_id, item_id, kind, amount_minor, currency, cny_minor, registered_at)
SELECT i.order_id, i.item_id, 'ITEM', i.paid_minor, i.paid_currency,
       CASE WHEN i.unit_price_currency = 'CNY' THEN i.unit_price_minor * i.quantity END, o.registered_at
FROM order_item i JOIN purchase_order o ON o.id = i.order_id;
-- Each case keeps the quote it was reported with (JSON), shown to its readers and to the agents.
ALTER TABLE refund_case ADD COLUMN quote JSONB;
