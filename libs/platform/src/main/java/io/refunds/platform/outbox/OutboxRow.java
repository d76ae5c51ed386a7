package io.refunds.platform.outbox;

import io.refunds.platform.tracing.TraceContext;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One pending outbox row as the relay reads it. */
public record OutboxRow(long id, UUID eventId, String topic, String recordKey, String ceType, String payload,
        OffsetDateTime occurredAt, TraceContext trace) {
}
