package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The seller offered a remedy; {@code amount} is what a monetary offer refunds, never above what was paid. */
public record OfferMade(UUID caseId, UUID conversationId, UUID offerId, String sellerId, Remedy offerType,
        Money amount, Money amountPaid, String note, Instant madeAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "offer:" + offerId;
    }
}
