package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The seller refused any remedy; the buyer may now escalate to a dispute. */
public record SellerDeclined(UUID caseId, UUID conversationId, String sellerId, String reason, Instant declinedAt)
        implements CaseEvent {

    @Override
    public String businessKey() {
        return "declined:" + conversationId;
    }
}
