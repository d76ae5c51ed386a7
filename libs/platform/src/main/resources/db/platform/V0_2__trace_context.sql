-- The W3C trace context (traceparent, tracestate) of the span that wrote an outbox row; the relay sends it as
-- Kafka headers so the consumer's work joins the same trace. Null when no span was active.
ALTER TABLE outbox ADD COLUMN traceparent TEXT;
ALTER TABLE outbox ADD COLUMN tracestate TEXT;

-- A deadline fires in the trace that scheduled it, so a case's trace survives the wait for the seller.
ALTER TABLE deadline ADD COLUMN traceparent TEXT;
ALTER TABLE deadline ADD COLUMN tracestate TEXT;
