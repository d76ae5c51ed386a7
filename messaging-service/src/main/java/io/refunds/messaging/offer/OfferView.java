package io.refunds.messaging.offer;

import io.refunds.events.RefundBreakdown;
import io.refunds.events.Remedy;
import io.refunds.messaging.negotiation.Offer;
import io.refunds.messaging.negotiation.OfferStatus;
import io.refunds.platform.api.MoneyInput;
import java.time.Instant;
import java.util.UUID;

/** An offer as the API shows it, with what it refunds line by line (null for an item without cost lines). */
public record OfferView(UUID offerId, Remedy offerType, MoneyInput amount, String note, OfferStatus status,
        Instant madeAt, Instant answeredAt, String answerReason, RefundBreakdown breakdown) {

    public static OfferView of(Offer offer, String currency) {
        return new OfferView(offer.id, offer.offerType,
                offer.amountMinor == null ? null : MoneyInput.of(offer.amount(currency)), offer.note, offer.status,
                offer.madeAt, offer.answeredAt, offer.answerReason, offer.breakdown());
    }
}
