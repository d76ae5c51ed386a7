-- Issue 7: every event of every refunds.* topic, as the support dashboard's live stream serves it.
-- The id is the stream position (SSE "id:"); rows are inserted under one advisory lock, so ids become visible
-- in id order and a reader that has seen id n has seen every id below it. Kept for dashboard.retention.
CREATE TABLE dashboard_event (
    id          BIGSERIAL PRIMARY KEY,
    event_id    UUID        NOT NULL UNIQUE,
    event_type  TEXT        NOT NULL,
    ce_type     TEXT        NOT NULL,
    topic       TEXT        NOT NULL,
    case_id     TEXT        NOT NULL,
    payload     TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX dashboard_event_type_time ON dashboard_event (event_type, occurred_at);
CREATE INDEX dashboard_event_received ON dashboard_event (received_at);
CREATE INDEX decision_decided_at ON decision (decided_at);
