-- Issue 22: parcel claims. What the carrier last said of an international parcel (its items carry the parcel id,
-- carrier, tracking, insurance and shipping time): the last scan and where, and whether the carrier declared it
-- lost — a LOST claim may be made that long after the last scan, or at once on the carrier's word.
CREATE TABLE parcel_tracking (
    parcel_id              TEXT PRIMARY KEY,
    last_scan_at           TIMESTAMPTZ,
    last_scan_location     TEXT,
    carrier_declared_lost  BOOLEAN     NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX order_item_parcel ON order_item (parcel_id) WHERE parcel_id IS NOT NULL;
