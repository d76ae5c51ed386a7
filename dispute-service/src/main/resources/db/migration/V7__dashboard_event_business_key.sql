-- An event re-published under a new ce_id is the same fact: the stream shows it, and the stats count it, once.
ALTER TABLE dashboard_event ADD COLUMN business_key TEXT;
CREATE UNIQUE INDEX dashboard_event_business_key ON dashboard_event (business_key) WHERE business_key IS NOT NULL;
