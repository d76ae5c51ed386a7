package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The seller has not answered and the deadline is near: notifications remind them. */
public record SellerReminder(UUID caseId, UUID conversationId, String sellerId, Instant deadline, Instant remindedAt)
        implements CaseEvent {

    @Override
    public String businessKey() {
        return "reminder:" + conversationId + ":" + deadline;
    }
}
