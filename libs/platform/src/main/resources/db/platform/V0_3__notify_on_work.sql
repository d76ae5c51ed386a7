-- Wake the pollers as soon as there is work, instead of waiting for their next poll (libs/platform
-- DatabaseNotifications LISTENs on these channels). NOTIFY is delivered when the transaction commits, and once
-- per transaction and channel however many rows it wrote; a rolled-back transaction notifies nobody.

-- New events for the outbox relay.
CREATE FUNCTION platform_notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION platform_notify_outbox();

-- A deadline that is already due (e.g. a response time of zero) for the deadline scheduler; later ones are
-- found by its regular poll.
CREATE FUNCTION platform_notify_deadline() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('deadline', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER deadline_notify AFTER INSERT ON deadline
    FOR EACH ROW WHEN (NEW.due_at <= clock_timestamp()) EXECUTE FUNCTION platform_notify_deadline();
