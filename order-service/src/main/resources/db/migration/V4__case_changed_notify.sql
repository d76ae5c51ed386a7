-- Issue 10: order-service replicas cache the buyer's case view (cases/CaseViewCache) and drop a case when any
-- table the view reads changes (cases/CaseViewQuery: refund_case, evidence including QC photos, timeline_entry):
-- NOTIFY case_changed with the case id. Row level, after the change; NOTIFY is delivered on commit, once per
-- distinct payload per transaction, and never for a rolled-back one.

-- Finds every case of an item, closed ones too (the partial unique index holds only open cases).
CREATE INDEX refund_case_item ON refund_case (order_id, item_id);

-- The cases one row belongs to: a case itself, what hangs off a case (case_id), and QC photos, which hang off an
-- order item and show on every case of that item.
CREATE FUNCTION case_changed_notify_row(source TEXT, changed JSONB) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    affected UUID;
BEGIN
    IF source = 'refund_case' THEN
        PERFORM pg_notify('case_changed', changed ->> 'id');
        RETURN;
    END IF;
    IF changed ->> 'case_id' IS NOT NULL THEN
        PERFORM pg_notify('case_changed', changed ->> 'case_id');
    END IF;
    IF source = 'evidence' AND changed ->> 'purpose' = 'QC_PHOTO' THEN
        FOR affected IN SELECT c.id FROM refund_case c
                WHERE c.order_id = changed ->> 'order_id' AND c.item_id = changed ->> 'item_id' LOOP
            PERFORM pg_notify('case_changed', affected::text);
        END LOOP;
    END IF;
END
$$;

-- The new row's cases and the old row's (an update may move evidence onto a case).
CREATE FUNCTION case_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM case_changed_notify_row(TG_TABLE_NAME, to_jsonb(NEW));
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM case_changed_notify_row(TG_TABLE_NAME, to_jsonb(OLD));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER refund_case_changed AFTER INSERT OR UPDATE OR DELETE ON refund_case
    FOR EACH ROW EXECUTE FUNCTION case_changed_notify();
CREATE TRIGGER timeline_entry_changed AFTER INSERT OR UPDATE OR DELETE ON timeline_entry
    FOR EACH ROW EXECUTE FUNCTION case_changed_notify();
CREATE TRIGGER evidence_changed AFTER INSERT OR UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION case_changed_notify();
