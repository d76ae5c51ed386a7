-- Issue 6: the payment terms of the case travel on to SettlementAgreed.
ALTER TABLE conversation ADD COLUMN exchange_rate NUMERIC(24, 12);
ALTER TABLE conversation ADD COLUMN payment_reference TEXT;
ALTER TABLE conversation ADD COLUMN refund_destination TEXT;
