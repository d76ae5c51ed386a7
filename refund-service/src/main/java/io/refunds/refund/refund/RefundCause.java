package io.refunds.refund.refund;

import io.refunds.events.DecisionMade;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.SettlementAgreed;
import java.util.UUID;

/**
 * Why money is owed: a decision or a settlement, with the total the buyer is owed for the item under it, what the
 * buyer paid, and the payment terms. Its key is deterministic, so a replayed event can never create a second refund.
 */
public record RefundCause(String key, UUID caseId, UUID decisionId, UUID settlementId, String orderId, String itemId,
        String buyerId, String sellerId, Money owed, Money amountPaid, PaymentTerms terms) {

    public static RefundCause of(DecisionMade decision) {
        return new RefundCause("decision:" + decision.decisionId(), decision.caseId(), decision.decisionId(), null,
                decision.orderId(), decision.itemId(), decision.buyerId(), decision.sellerId(),
                decision.refundAmount(), decision.amountPaid(), PaymentTerms.orUnknown(decision.paymentTerms()));
    }

    public static RefundCause of(SettlementAgreed settlement) {
        return new RefundCause("settlement:" + settlement.settlementId(), settlement.caseId(), null,
                settlement.settlementId(), settlement.orderId(), settlement.itemId(), settlement.buyerId(),
                settlement.sellerId(), settlement.refundAmount(), settlement.amountPaid(),
                PaymentTerms.orUnknown(settlement.paymentTerms()));
    }

    public boolean owesMoney() {
        return owed != null && owed.minorUnits() > 0;
    }

    /** The total owed, never above what the buyer paid for the item. */
    public Money owedWithinPaid() {
        return amountPaid != null && owed.exceeds(amountPaid) ? amountPaid : owed;
    }
}
