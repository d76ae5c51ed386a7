package io.refunds.refund.refund;

import io.refunds.platform.api.MoneyInput;
import java.time.Instant;
import java.util.UUID;

/** A refund as the buyer and agents see it. */
public record RefundView(UUID refundId, UUID caseId, UUID decisionId, UUID settlementId, String buyerId,
        MoneyInput amount, Destination destination, RefundStatus status, Instant createdAt, Instant issuedAt) {

    static RefundView of(Refund refund) {
        return new RefundView(refund.id, refund.caseId, refund.decisionId, refund.settlementId, refund.buyerId,
                MoneyInput.of(refund.amount()), refund.destination, refund.status, refund.createdAt, refund.issuedAt);
    }
}
