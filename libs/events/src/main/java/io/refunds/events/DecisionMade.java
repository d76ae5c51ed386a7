package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An agent decided a dispute. {@code refundAmount} is the total the buyer is owed for the item under this
 * decision (absent when no money moves); a decision that supersedes another names it. The seller and the payment
 * terms (added within v1) let refund-service pay the chosen destination and book what to recover from the seller.
 * {@code appealableUntil} (added within v1) is the last instant a party may appeal; null when the decision is final
 * (a decision on an appeal) or when the producer predates the field. {@code breakdown} (added within v1) names the
 * lines the decision refunds, their bearers and the deductions; {@code refundAmount} is then its total.
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
        Instant decidedAt,
        String sellerId,
        PaymentTerms paymentTerms,
        Instant appealableUntil,
        RefundBreakdown breakdown) implements CaseEvent {

    /** A decision without a line breakdown, as producers wrote it before {@code breakdown}. */
    public DecisionMade(UUID decisionId, UUID disputeId, UUID caseId, String orderId, String itemId, String buyerId,
            DecisionOutcome outcome, Money refundAmount, Money amountPaid, UUID supersedesDecisionId, String decidedBy,
            String rationale, Instant decidedAt, String sellerId, PaymentTerms paymentTerms, Instant appealableUntil) {
        this(decisionId, disputeId, caseId, orderId, itemId, buyerId, outcome, refundAmount, amountPaid,
                supersedesDecisionId, decidedBy, rationale, decidedAt, sellerId, paymentTerms, appealableUntil, null);
    }

    /** A decision that says nothing about appeals, as producers wrote it before {@code appealableUntil}. */
    public DecisionMade(UUID decisionId, UUID disputeId, UUID caseId, String orderId, String itemId, String buyerId,
            DecisionOutcome outcome, Money refundAmount, Money amountPaid, UUID supersedesDecisionId, String decidedBy,
            String rationale, Instant decidedAt, String sellerId, PaymentTerms paymentTerms) {
        this(decisionId, disputeId, caseId, orderId, itemId, buyerId, outcome, refundAmount, amountPaid,
                supersedesDecisionId, decidedBy, rationale, decidedAt, sellerId, paymentTerms, null, null);
    }

    @Override
    public String businessKey() {
        return "decision:" + decisionId;
    }
}
