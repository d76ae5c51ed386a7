-- Issue 22: returns. A return outcome (a decision or an accepted offer, its cause) opens one return of the case's
-- item: which way it travels, to where, who pays the postage, the time to send it by; then its shipment, the
-- carrier's first scan, and the receipt with its inspection. The refund of the cause waits for it in refund-service.
CREATE TABLE item_return (
    id                    UUID PRIMARY KEY,
    case_id               UUID        NOT NULL REFERENCES refund_case (id),
    cause                 TEXT        NOT NULL UNIQUE,
    order_id              TEXT        NOT NULL,
    item_id               TEXT        NOT NULL,
    buyer_id              TEXT        NOT NULL,
    route                 TEXT        NOT NULL CHECK (route IN ('WAREHOUSE_TO_SELLER', 'BUYER_TO_WAREHOUSE')),
    address               TEXT,
    postage_paid_by       TEXT        NOT NULL CHECK (postage_paid_by IN ('BUYER', 'SELLER', 'AGENT', 'CARRIER')),
    opened_at             TIMESTAMPTZ NOT NULL,
    ship_by               TIMESTAMPTZ NOT NULL,
    refund_on_first_scan  BOOLEAN     NOT NULL,
    status                TEXT        NOT NULL
        CHECK (status IN ('AWAITING_SHIPMENT', 'SHIPPED', 'IN_TRANSIT', 'RECEIVED', 'EXPIRED')),
    carrier               TEXT,
    tracking              TEXT,
    shipped_at            TIMESTAMPTZ,
    shipped_recorded_by   TEXT,
    first_scan_at         TIMESTAMPTZ,
    received_at           TIMESTAMPTZ,
    inspection            TEXT CHECK (inspection IN ('AS_EXPECTED', 'DAMAGED', 'WRONG_ITEM', 'MISSING_PARTS')),
    inspection_photo_ids  TEXT,
    inspection_note       TEXT,
    received_recorded_by  TEXT,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX item_return_case ON item_return (case_id);
-- An item with a return under way is not shipped abroad and gets no second case.
CREATE INDEX item_return_open_item ON item_return (order_id, item_id)
    WHERE status IN ('AWAITING_SHIPMENT', 'SHIPPED', 'IN_TRANSIT');
-- Trust for refund-on-scan: a buyer's returns received as expected.
CREATE INDEX item_return_buyer_as_expected ON item_return (buyer_id) WHERE inspection = 'AS_EXPECTED';
