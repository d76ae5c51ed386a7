-- Issue 3: exchange rate at payment, refunded amounts, evidence and QC photos, richer cases and timeline.
ALTER TABLE order_item ADD COLUMN exchange_rate NUMERIC(24, 12);
ALTER TABLE order_item ADD COLUMN refunded_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE order_item ADD CONSTRAINT order_item_refund_within_paid CHECK (refunded_minor BETWEEN 0 AND paid_minor);

ALTER TABLE refund_case ADD COLUMN item_title TEXT;
ALTER TABLE refund_case ADD COLUMN requested_outcome TEXT NOT NULL DEFAULT 'FULL_REFUND';
ALTER TABLE refund_case ADD COLUMN requested_minor BIGINT;
ALTER TABLE refund_case ADD COLUMN refunded_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE refund_case ADD COLUMN next_deadline_at TIMESTAMPTZ;
ALTER TABLE refund_case ADD COLUMN next_deadline_kind TEXT;
ALTER TABLE refund_case ADD CONSTRAINT refund_case_refund_within_paid CHECK (refunded_minor BETWEEN 0 AND paid_minor);
DROP INDEX refund_case_one_open_per_item;
CREATE UNIQUE INDEX refund_case_one_open_per_item ON refund_case (order_id, item_id)
    WHERE status IN ('REPORTED', 'AWAITING_SELLER', 'IN_DISPUTE', 'DECIDED');
CREATE INDEX refund_case_status ON refund_case (status, reported_at DESC);

ALTER TABLE timeline_entry ADD COLUMN actor TEXT NOT NULL DEFAULT 'system';

CREATE TABLE evidence (
    id           UUID PRIMARY KEY,
    purpose      TEXT        NOT NULL,
    uploaded_by  TEXT        NOT NULL,
    content_type TEXT        NOT NULL,
    kind         TEXT        NOT NULL,
    size_bytes   BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256       CHAR(64)    NOT NULL,
    case_id      UUID REFERENCES refund_case (id),
    order_id     TEXT,
    item_id      TEXT,
    uploaded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX evidence_case ON evidence (case_id);
CREATE INDEX evidence_qc ON evidence (order_id, item_id) WHERE purpose = 'QC_PHOTO';
