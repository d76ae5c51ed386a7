package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The buyer rejected the seller's offer; the buyer may now escalate to a dispute. */
public record OfferRejected(UUID caseId, UUID conversationId, UUID offerId, String buyerId, String reason,
        Instant rejectedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "offer-rejected:" + offerId;
    }
}
