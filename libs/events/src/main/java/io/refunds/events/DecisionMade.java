package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An agent decided a dispute. {@code refundAmount} is the total the buyer is owed for the item under this
 * decision (absent when no money moves); a decision that supersedes another names it.
 */
public record DecisionMade(
        UUID decisionId,
        UUID disputeId,
        UUID caseId,
        String orderId,
        String itemId,
        String buyerId,
        DecisionOutcome outcome,
        Money refundAmount,
        Money amountPaid,
        UUID supersedesDecisionId,
        String decidedBy,
        String rationale,
        Instant decidedAt) implements CaseEvent {
}
