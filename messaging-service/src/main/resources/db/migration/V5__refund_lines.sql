-- The quote the buyer confirmed (IssueReported.quote: the item's cost lines, what each refunds, who bears it), from
-- which offers are composed; null for cases reported before quotes.
ALTER TABLE conversation ADD COLUMN quote JSONB;
-- What an offer refunds line by line (its total is amount_minor), passed on in SettlementAgreed.
ALTER TABLE offer ADD COLUMN breakdown JSONB;
