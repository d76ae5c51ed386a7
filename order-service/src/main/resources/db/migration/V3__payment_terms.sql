-- Issue 6: how each item was paid (the provider's payment reference) and where the buyer wants the refund.
ALTER TABLE order_item ADD COLUMN payment_reference TEXT;
ALTER TABLE refund_case ADD COLUMN refund_destination TEXT NOT NULL DEFAULT 'WALLET';
