-- Issue 18: the timeline speaks to whoever reads it. Each line is stored as data, a stable code per kind of line and
-- its parameters (amounts as {minorUnits, currency}, deadlines as ISO instants, outcome, rationale, party, what the
-- case had refunded...), and worded at read time for the case's buyer, its seller or staff (timeline/TimelineText).
-- Lines written before keep code and params null and show their stored English summary; new lines store the staff
-- wording there.
ALTER TABLE timeline_entry ADD COLUMN code TEXT;
ALTER TABLE timeline_entry ADD COLUMN params JSONB;
