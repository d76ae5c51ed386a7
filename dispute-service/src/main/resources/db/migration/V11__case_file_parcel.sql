-- Issue 22: parcel claims. The case file of a claim on an international parcel keeps the parcel as IssueReported
-- carried it (carrier, tracking, what the carrier last said, every item with what was paid and insured), so the agent
-- deciding one item's case sees the whole parcel.
ALTER TABLE case_file ADD COLUMN parcel JSONB;
