-- What the seller was paid for the item in CNY (payment terms, carried by IssueReported), passed on to settlements.
ALTER TABLE conversation ADD COLUMN item_price_cny_minor BIGINT;

-- The dispute that closed the case's negotiation (DisputeOpened): offers and answers are refused from then on.
ALTER TABLE conversation ADD COLUMN dispute_id UUID;
-- The settlement that ended the negotiation (SettlementAgreed), named in the answer to a dispute opened too late.
ALTER TABLE conversation ADD COLUMN settlement_id UUID;
