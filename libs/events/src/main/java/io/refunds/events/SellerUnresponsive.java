package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The seller did not answer the buyer's claim before the response deadline. */
public record SellerUnresponsive(
        UUID caseId,
        UUID conversationId,
        String orderId,
        String itemId,
        String buyerId,
        String sellerId,
        String reason,
        Money amountPaid,
        Instant deadline,
        Instant occurredAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "unresponsive:" + conversationId;
    }
}
