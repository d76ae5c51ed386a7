-- Issue 6: the payment terms of the case travel on to DecisionMade.
ALTER TABLE case_file ADD COLUMN exchange_rate NUMERIC(24, 12);
ALTER TABLE case_file ADD COLUMN payment_reference TEXT;
ALTER TABLE case_file ADD COLUMN refund_destination TEXT;
