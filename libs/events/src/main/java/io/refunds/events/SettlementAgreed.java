package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The buyer accepted the seller's offer; a monetary offer is paid by refund-service. */
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
        PaymentTerms paymentTerms) implements CaseEvent {

    @Override
    public String businessKey() {
        return "settlement:" + settlementId;
    }
}
