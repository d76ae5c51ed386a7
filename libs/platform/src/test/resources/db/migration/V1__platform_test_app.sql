-- Tables of the platform's test application only (libs/platform src/test).

-- What the test handlers applied: one row per handler and event, no uniqueness, so a duplicate would show.
CREATE TABLE applied (
    id           BIGSERIAL PRIMARY KEY,
    handler      TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    business_key TEXT        NOT NULL,
    case_id      UUID        NOT NULL,
    detail       TEXT,
    applied_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- What the test deadline handler fired, and which scheduler fired it; no uniqueness either.
CREATE TABLE fired (
    id       BIGSERIAL PRIMARY KEY,
    subject  TEXT NOT NULL,
    firer    TEXT NOT NULL,
    fired_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- The idempotent resource's entity.
CREATE TABLE thing (
    id         UUID PRIMARY KEY,
    idem_key   TEXT,
    value      TEXT NOT NULL
);

-- A relay "crash" between the broker's acknowledgement and the commit: while a record key is listed here, marking its
-- outbox rows sent fails, so the relay's transaction rolls back after Kafka took the batch.
CREATE TABLE relay_fault (record_key TEXT PRIMARY KEY);

CREATE FUNCTION relay_fault_on_mark_sent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.sent_at IS NULL AND NEW.sent_at IS NOT NULL
            AND EXISTS (SELECT 1 FROM relay_fault WHERE record_key = NEW.record_key) THEN
        RAISE EXCEPTION 'test fault: the relay stops between the broker''s acknowledgement and mark-sent';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER outbox_relay_fault BEFORE UPDATE ON outbox
    FOR EACH ROW EXECUTE FUNCTION relay_fault_on_mark_sent();
