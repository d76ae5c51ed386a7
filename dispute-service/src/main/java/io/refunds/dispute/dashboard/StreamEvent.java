package io.refunds.dispute.dashboard;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/** One event as the stream sends it: its stream position, CloudEvents id and type, case and the JSON payload. */
public record StreamEvent(long position, UUID eventId, String type, String ceType, String caseId,
        Instant occurredAt, @JsonRawValue String data) {
}
