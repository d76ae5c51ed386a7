-- The W3C trace context (traceparent, tracestate) of the span that wrote the event; the relay sends it as
-- Kafka headers so the consumer's work joins the same trace. Null when no span was active.
ALTER TABLE outbox ADD COLUMN traceparent TEXT;
ALTER TABLE outbox ADD COLUMN tracestate TEXT;
