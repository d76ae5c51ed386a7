package io.refunds.dispute.decision;

import io.refunds.events.DecisionOutcome;
import io.refunds.platform.api.MoneyInput;
import java.time.Instant;
import java.util.UUID;

/** A decision as the API shows it. */
public record DecisionView(UUID decisionId, UUID disputeId, UUID caseId, DecisionOutcome outcome,
        MoneyInput refundAmount, String rationale, String decidedBy, Instant decidedAt, UUID supersedesDecisionId) {

    public static DecisionView of(Decision decision) {
        return new DecisionView(decision.id, decision.disputeId, decision.caseId, decision.outcome,
                decision.refund() == null ? null : MoneyInput.of(decision.refund()), decision.rationale,
                decision.decidedBy, decision.decidedAt, decision.supersedesId);
    }
}
