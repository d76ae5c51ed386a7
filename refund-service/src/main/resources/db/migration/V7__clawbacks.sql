-- Issue 22: a parcel claimed LOST that the carrier finds after the refund was paid. The buyer owes back what the
-- case was paid: one clawback per case, shown in the wallet beside the balance (never taken from it silently), booked
-- to the buyer's clawback receivable; the insurer's share of the payout is no longer owed by the insurer.
CREATE TABLE clawback (
    id            UUID PRIMARY KEY,
    case_id       UUID        NOT NULL UNIQUE,
    claim_id      UUID        NOT NULL,
    parcel_id     TEXT        NOT NULL,
    buyer_id      TEXT        NOT NULL,
    amount_minor  BIGINT      NOT NULL CHECK (amount_minor > 0),
    currency      CHAR(3)     NOT NULL,
    insurer_minor BIGINT      NOT NULL CHECK (insurer_minor >= 0 AND insurer_minor <= amount_minor),
    status        TEXT        NOT NULL CHECK (status IN ('OWED')),
    found_at      TIMESTAMPTZ NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX clawback_buyer ON clawback (buyer_id, currency);
