-- Issue 22: exchanges and replacements. A REPLACEMENT outcome (a decision or an accepted offer, its cause) awaits the
-- new item: the platform posts its journey like any item's, and the case closes when it arrives where the claim was
-- made (stocked in at the warehouse, or delivered) — or goes back to the agents' queue when it is not there by due_at.
CREATE TABLE replacement (
    id                 UUID PRIMARY KEY,
    case_id            UUID        NOT NULL REFERENCES refund_case (id),
    cause              TEXT        NOT NULL UNIQUE,
    order_id           TEXT        NOT NULL,
    item_id            TEXT        NOT NULL,
    claim_stage        TEXT        NOT NULL CHECK (claim_stage IN ('AT_WAREHOUSE', 'AFTER_DELIVERY')),
    status             TEXT        NOT NULL CHECK (status IN ('AWAITED', 'ARRIVED', 'OVERDUE')),
    step               TEXT CHECK (step IN ('PURCHASED', 'SELLER_SHIPPED', 'STOCKED_IN', 'SHIPPED_ABROAD', 'DELIVERED')),
    carrier            TEXT,
    tracking           TEXT,
    parcel_id          TEXT,
    purchased_at       TIMESTAMPTZ,
    seller_shipped_at  TIMESTAMPTZ,
    stocked_in_at      TIMESTAMPTZ,
    shipped_abroad_at  TIMESTAMPTZ,
    delivered_at       TIMESTAMPTZ,
    opened_at          TIMESTAMPTZ NOT NULL,
    due_at             TIMESTAMPTZ NOT NULL,
    arrived_at         TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX replacement_case ON replacement (case_id);
-- An item whose replacement is awaited gets no second case (a settled case counts as open until it arrives).
CREATE INDEX replacement_awaited_case ON replacement (case_id) WHERE status = 'AWAITED';
