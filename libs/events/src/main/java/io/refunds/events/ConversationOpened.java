package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The buyer–seller conversation of a case opened; the seller must answer by the deadline. */
public record ConversationOpened(UUID caseId, UUID conversationId, String buyerId, String sellerId,
        Instant sellerDeadline, Instant openedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "conversation:" + conversationId;
    }
}
