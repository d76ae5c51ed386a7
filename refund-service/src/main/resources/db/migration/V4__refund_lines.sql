-- What a refund pays line by line (kind, bearer, amount, CNY recovered from the seller) when its cause named the
-- item's cost lines; an empty list for refunds from causes without them.
ALTER TABLE refund ADD COLUMN lines JSONB NOT NULL DEFAULT '[]';
-- What the agent kept from the refund (return postage, return fee), in the refund's currency.
ALTER TABLE refund ADD COLUMN deducted_minor BIGINT NOT NULL DEFAULT 0;
