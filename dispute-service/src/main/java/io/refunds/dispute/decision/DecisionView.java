package io.refunds.dispute.decision;

import io.refunds.events.DecisionOutcome;
import io.refunds.events.RefundBreakdown;
import io.refunds.platform.api.MoneyInput;
import java.time.Instant;
import java.util.UUID;

/** A decision as the API shows it, with what it refunds line by line (null for an item without cost lines). */
public record DecisionView(UUID decisionId, UUID disputeId, UUID caseId, DecisionOutcome outcome,
        MoneyInput refundAmount, String rationale, String decidedBy, Instant decidedAt, UUID supersedesDecisionId,
        RefundBreakdown breakdown) {

    public static DecisionView of(Decision decision) {
        return new DecisionView(decision.id, decision.disputeId, decision.caseId, decision.outcome,
                decision.refund() == null ? null : MoneyInput.of(decision.refund()), decision.rationale,
                decision.decidedBy, decision.decidedAt, decision.supersedesId, decision.breakdown());
    }
}
