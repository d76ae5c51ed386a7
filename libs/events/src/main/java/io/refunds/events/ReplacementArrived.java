package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The replacement (or exchanged item) of the outcome {@code cause} reached where the claim was made — stocked in at
 * the warehouse ({@code arrivedAs} STOCKED_IN) or delivered to the buyer (DELIVERED): the case is closed, and the item
 * may be claimed again.
 */
public record ReplacementArrived(
        UUID replacementId,
        UUID caseId,
        String cause,
        String orderId,
        String itemId,
        String arrivedAs,
        Instant arrivedAt,
        String recordedBy) implements CaseEvent {

    @Override
    public String businessKey() {
        return "replacement-arrived:" + replacementId;
    }
}
