-- Issue 23: the refund the agent files on the marketplace the item was bought on (Taobao, Tmall, 1688, Weidian),
-- one per case, mirrored here: the marketplace's refund id, its state (Taobao's names; FILING until the marketplace
-- answered the filing) and refund_version (the optimistic-concurrency token of every change we ask for), and when
-- the marketplace's own clock decides it next.
CREATE TABLE upstream_refund (
    id                    UUID PRIMARY KEY,
    case_id               UUID        NOT NULL UNIQUE,
    marketplace           TEXT        NOT NULL CHECK (marketplace IN ('TAOBAO', 'TMALL', 'ALIBABA_1688', 'WEIDIAN')),
    marketplace_order_id  TEXT        NOT NULL,
    marketplace_item_id   TEXT        NOT NULL,
    purchaser_id          TEXT,
    order_id              TEXT        NOT NULL,
    item_id               TEXT        NOT NULL,
    seller_id             TEXT,
    amount_minor          BIGINT      NOT NULL CHECK (amount_minor > 0),
    amount_currency       CHAR(3)     NOT NULL,
    reason                TEXT        NOT NULL,
    description           TEXT,
    goods_returned        BOOLEAN     NOT NULL,
    -- What the buyer asked for (their currency): settled as asked when the marketplace refunds the agent.
    requested_remedy      TEXT        NOT NULL CHECK (requested_remedy IN ('FULL_REFUND', 'PARTIAL_REFUND')),
    requested_minor       BIGINT      NOT NULL CHECK (requested_minor > 0),
    requested_currency    CHAR(3)     NOT NULL,
    evidence              TEXT        NOT NULL,
    qc_photos             TEXT        NOT NULL,
    status                TEXT        NOT NULL CHECK (status IN ('FILING', 'WAIT_SELLER_AGREE',
        'WAIT_BUYER_RETURN_GOODS', 'WAIT_SELLER_CONFIRM_GOODS', 'SUCCESS', 'SELLER_REFUSE_BUYER', 'CLOSED')),
    marketplace_refund_id TEXT,
    refund_version        BIGINT,
    marketplace_deadline  TIMESTAMPTZ,
    seller_offer_minor    BIGINT,
    seller_message        TEXT,
    return_address        TEXT,
    refuse_reason         TEXT,
    refuse_proof          TEXT,
    -- The buyer withdrew the case: the refund is cancelled on the marketplace (and never filed if not yet).
    cancel_requested      BOOLEAN     NOT NULL DEFAULT false,
    attempts              INT         NOT NULL DEFAULT 0,
    last_error            TEXT,
    opened_at             TIMESTAMPTZ NOT NULL,
    filed_at              TIMESTAMPTZ,
    updated_at            TIMESTAMPTZ NOT NULL,
    CHECK ((status = 'FILING') = (marketplace_refund_id IS NULL))
);
-- A push from the marketplace names its refund id.
CREATE UNIQUE INDEX upstream_refund_marketplace_refund ON upstream_refund (marketplace, marketplace_refund_id)
    WHERE marketplace_refund_id IS NOT NULL;
-- Who put a message in the seller's voice when the seller did not type it here: the marketplace mirror
-- ("marketplace:TAOBAO") or, later, the purchaser who relayed it. Null: its author typed it.
ALTER TABLE message ADD COLUMN relayed_by TEXT;
