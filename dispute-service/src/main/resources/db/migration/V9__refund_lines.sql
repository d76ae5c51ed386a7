-- The quote the buyer confirmed (IssueReported.quote: the item's cost lines, what each refunds, who bears it), from
-- which decisions are composed; null for cases reported before quotes.
ALTER TABLE case_file ADD COLUMN quote JSONB;
-- What a decision refunds line by line (its total is refund_minor), as DecisionMade carried it.
ALTER TABLE decision ADD COLUMN breakdown JSONB;
