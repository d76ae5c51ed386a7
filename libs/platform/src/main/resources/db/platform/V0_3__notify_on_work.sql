-- Wake the pollers as soon as there is work, instead of waiting for their next poll (libs/platform
-- DatabaseNotifications LISTENs on these channels). NOTIFY is delivered when the transaction commits, and once
-- per transaction and channel however many rows it wrote; a rolled-back transaction notifies nobody.

-- Notifies the channel named by the trigger's argument.
CREATE FUNCTION platform_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], '');
    RETURN NULL;
END
$$;

-- New events, for the outbox relay.
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION platform_notify('outbox');

-- A deadline that is already due (a response time of zero, say), for the deadline scheduler; later ones are
-- found by its regular poll.
CREATE TRIGGER deadline_notify AFTER INSERT ON deadline
    FOR EACH ROW WHEN (NEW.due_at <= clock_timestamp()) EXECUTE FUNCTION platform_notify('deadline');
