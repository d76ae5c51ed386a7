-- What the seller was paid for the item in CNY (payment terms, carried by IssueReported), passed on to decisions.
ALTER TABLE case_file ADD COLUMN item_price_cny_minor BIGINT;

-- A dispute is decided only once messaging-service confirmed the case's negotiation is closed (NegotiationClosed):
-- then no settlement can pay beside the decision. Disputes opened from messaging's own events (a silent seller, an
-- escalation there) start closed, as do all disputes before this column.
ALTER TABLE dispute ADD COLUMN negotiation_closed BOOLEAN NOT NULL DEFAULT TRUE;
-- The settlement that closed a dispute before it was decided (the buyer accepted an offer just before or after
-- opening it).
ALTER TABLE dispute ADD COLUMN settlement_id UUID;
