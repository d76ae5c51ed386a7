-- A consumer applies a business fact once, not only an event id once: the same decision, refund or settlement
-- re-published under a new ce_id is skipped by the inbox (libs/platform Inbox). Rows written before have no key.
ALTER TABLE inbox ADD COLUMN business_key TEXT;
CREATE UNIQUE INDEX inbox_business_key ON inbox (handler, business_key) WHERE business_key IS NOT NULL;
