package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The replacement of the outcome {@code cause} did not arrive by {@code dueAt}: the case goes back to the agents'
 * queue (dispute-service opens a dispute, trigger REPLACEMENT_OVERDUE) for a refund instead.
 */
public record ReplacementOverdue(
        UUID replacementId,
        UUID caseId,
        String cause,
        String orderId,
        String itemId,
        Instant dueAt,
        Instant overdueAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "replacement-overdue:" + replacementId;
    }
}
