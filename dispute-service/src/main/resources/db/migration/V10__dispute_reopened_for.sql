-- A dispute opened again after the case's outcome (a returned item not as claimed, a replacement that never came)
-- names that outcome's cause ("decision:<id>", "settlement:<id>"). The settlement it follows never closes it.
ALTER TABLE dispute ADD COLUMN reopened_for TEXT;
CREATE UNIQUE INDEX dispute_reopened_for ON dispute (reopened_for) WHERE reopened_for IS NOT NULL;
