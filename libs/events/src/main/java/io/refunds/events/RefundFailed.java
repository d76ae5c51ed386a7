package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** A refund could not be paid after the configured attempts; an agent must retry or choose another destination. */
public record RefundFailed(
        UUID refundId,
        UUID caseId,
        UUID decisionId,
        UUID settlementId,
        String buyerId,
        Money amount,
        String destination,
        String reason,
        int attempts,
        Instant failedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "refund-failed:" + refundId + ":" + failedAt;
    }
}
