package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The buyer asked the platform to decide, after a decline or a rejected offer; a dispute opens. */
public record BuyerEscalated(UUID caseId, UUID conversationId, String orderId, String itemId, String buyerId,
        String sellerId, String reason, Money amountPaid, String note, Instant escalatedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "escalated:" + conversationId;
    }
}
