package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** Money reached the buyer's destination; exactly one per refund. */
public record RefundIssued(
        UUID refundId,
        UUID caseId,
        UUID decisionId,
        UUID settlementId,
        String buyerId,
        Money amount,
        String destination,
        Instant issuedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "refund-issued:" + refundId;
    }
}
