package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The buyer accepted the seller's offer; a monetary offer is paid by refund-service. {@code breakdown} (added within
 * v1) names the lines the offer refunds and their bearers; {@code refundAmount} is then its total.
 */
public record SettlementAgreed(
        UUID settlementId,
        UUID caseId,
        UUID conversationId,
        String orderId,
        String itemId,
        String buyerId,
        String sellerId,
        Remedy offerType,
        Money refundAmount,
        Money amountPaid,
        Instant agreedAt,
        PaymentTerms paymentTerms,
        RefundBreakdown breakdown) implements CaseEvent {

    /** A settlement without a line breakdown, as producers wrote it before {@code breakdown}. */
    public SettlementAgreed(UUID settlementId, UUID caseId, UUID conversationId, String orderId, String itemId,
            String buyerId, String sellerId, Remedy offerType, Money refundAmount, Money amountPaid, Instant agreedAt,
            PaymentTerms paymentTerms) {
        this(settlementId, caseId, conversationId, orderId, itemId, buyerId, sellerId, offerType, refundAmount,
                amountPaid, agreedAt, paymentTerms, null);
    }

    @Override
    public String businessKey() {
        return "settlement:" + settlementId;
    }
}
