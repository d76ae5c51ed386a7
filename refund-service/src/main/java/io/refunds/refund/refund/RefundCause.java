package io.refunds.refund.refund;

import io.refunds.events.DecisionMade;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.SettlementAgreed;
import java.util.UUID;

/**
 * Why money is owed: a decision or a settlement, with the total the buyer is owed for the item under it, what the
 * buyer paid, the payment terms, and (when the cause names them) the cost lines the total is made of. Its key is deterministic, so a replayed event can never create a second refund.
 */
public record RefundCause(String key, UUID caseId, UUID decisionId, UUID settlementId, String orderId, String itemId,
        String buyerId, String sellerId, Money owed, Money amountPaid, PaymentTerms terms, RefundBreakdown breakdown) {

    public static RefundCause of(DecisionMade decision) {
        return new RefundCause("decision:" + decision.decisionId(), decision.caseId(), decision.decisionId(), null,
                decision.orderId(), decision.itemId(), decision.buyerId(), decision.sellerId(),
                decision.refundAmount(), decision.amountPaid(), PaymentTerms.orUnknown(decision.paymentTerms()),
                decision.breakdown());
    }

    public static RefundCause of(SettlementAgreed settlement) {
        return new RefundCause("settlement:" + settlement.settlementId(), settlement.caseId(), null,
                settlement.settlementId(), settlement.orderId(), settlement.itemId(), settlement.buyerId(),
                settlement.sellerId(), settlement.refundAmount(), settlement.amountPaid(),
                PaymentTerms.orUnknown(settlement.paymentTerms()), settlement.breakdown());
    }

    /** Whether the cause names the cost lines its total is made of. */
    public boolean namesLines() {
        return breakdown != null && !breakdown.lines().isEmpty() && owed != null
                && breakdown.total().currency().equals(owed.currency());
    }

    public boolean owesMoney() {
        return owed != null && owed.minorUnits() > 0;
    }

    /** The total owed, never above what the buyer paid for the item. */
    public Money owedWithinPaid() {
        return amountPaid != null && owed.exceeds(amountPaid) ? amountPaid : owed;
    }
}
