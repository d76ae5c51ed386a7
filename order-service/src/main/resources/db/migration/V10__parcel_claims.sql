-- Issue 22: parcel claims. A buyer's claim on an international parcel (LOST, SEIZED, DAMAGED_IN_TRANSIT) opens one
-- case per item of the parcel, stage IN_TRANSIT, fault CARRIER, all naming the claim. A LOST parcel the carrier scans
-- again is found: found_at is set once, and each of its cases announces ParcelFound (the buyer owes back what it paid).
CREATE TABLE parcel_claim (
    id              UUID PRIMARY KEY,
    parcel_id       TEXT        NOT NULL,
    reason          TEXT        NOT NULL CHECK (reason IN ('LOST', 'SEIZED', 'DAMAGED_IN_TRANSIT')),
    buyer_id        TEXT        NOT NULL,
    claimed_at      TIMESTAMPTZ NOT NULL,
    claimable_until TIMESTAMPTZ NOT NULL,
    found_at        TIMESTAMPTZ,
    found_location  TEXT,
    -- A parcel is claimed once for each reason.
    UNIQUE (parcel_id, reason)
);
ALTER TABLE refund_case ADD COLUMN parcel_claim_id UUID REFERENCES parcel_claim (id);
CREATE INDEX refund_case_parcel_claim ON refund_case (parcel_claim_id) WHERE parcel_claim_id IS NOT NULL;
ALTER TABLE refund_case DROP CONSTRAINT refund_case_claim_stage_check;
ALTER TABLE refund_case ADD CONSTRAINT refund_case_claim_stage_check
    CHECK (claim_stage IN ('AT_WAREHOUSE', 'IN_TRANSIT', 'AFTER_DELIVERY'));
ALTER TABLE replacement DROP CONSTRAINT replacement_claim_stage_check;
ALTER TABLE replacement ADD CONSTRAINT replacement_claim_stage_check
    CHECK (claim_stage IN ('AT_WAREHOUSE', 'IN_TRANSIT', 'AFTER_DELIVERY'));
