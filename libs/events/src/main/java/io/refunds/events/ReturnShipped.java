package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The return's shipper posted its carrier and tracking; {@code recordedBy} is who typed it (buyer or staff). */
public record ReturnShipped(
        UUID returnId,
        UUID caseId,
        String cause,
        String carrier,
        String tracking,
        Instant shippedAt,
        String recordedBy) implements CaseEvent {

    @Override
    public String businessKey() {
        return "return-shipped:" + returnId;
    }
}
