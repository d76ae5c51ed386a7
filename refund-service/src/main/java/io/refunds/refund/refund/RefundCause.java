package io.refunds.refund.refund;

import io.refunds.events.DecisionMade;
import io.refunds.events.Money;
import io.refunds.events.SettlementAgreed;
import java.util.UUID;

/**
 * Why money is owed: a decision or a settlement, with the total the buyer is owed for the item under it.
 * Its key is deterministic, so a replayed event can never create a second refund.
 */
public record RefundCause(String key, UUID caseId, UUID decisionId, UUID settlementId, String buyerId, Money owed) {

    public static RefundCause of(DecisionMade decision) {
        return new RefundCause("decision:" + decision.decisionId(), decision.caseId(), decision.decisionId(), null,
                decision.buyerId(), decision.refundAmount());
    }

    public static RefundCause of(SettlementAgreed settlement) {
        return new RefundCause("settlement:" + settlement.settlementId(), settlement.caseId(), null,
                settlement.settlementId(), settlement.buyerId(), settlement.refundAmount());
    }

    public boolean owesMoney() {
        return owed != null && owed.minorUnits() > 0;
    }
}
