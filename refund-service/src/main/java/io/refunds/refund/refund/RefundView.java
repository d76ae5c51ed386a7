package io.refunds.refund.refund;

import io.refunds.events.RefundDestination;
import io.refunds.platform.api.MoneyInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A refund as the buyer and agents see it: what it pays and why, where it goes, what the seller owes back in CNY,
 * (for one refund) every provider attempt, and what it pays line by line with what the agent kept.
 */
public record RefundView(UUID refundId, UUID caseId, UUID decisionId, UUID settlementId, String orderId,
        String itemId, String buyerId, String sellerId, MoneyInput amount, MoneyInput owed, String note,
        RefundDestination destination, RefundStatus status, String provider, String providerRefundId, int round,
        int attempts, String lastError, Instant nextAttemptAt, BigDecimal exchangeRate, MoneyInput sellerRecovery,
        String fallbackChosenBy, Instant fallbackChosenAt, Instant createdAt, Instant issuedAt, Instant failedAt,
        List<AttemptView> providerAttempts, List<LinePayout> lines, MoneyInput deducted) {

    /** One call to the provider. */
    public record AttemptView(int round, int attempt, String idempotencyKey, String outcome, String detail,
            String providerRefundId, Instant attemptedAt) {

        static AttemptView of(RefundAttempt attempt) {
            return new AttemptView(attempt.round(), attempt.attempt(), attempt.idempotencyKey(), attempt.outcome(),
                    attempt.detail(), attempt.providerRefundId(), attempt.attemptedAt());
        }
    }

    /** The refund with every provider attempt made for it. */
    public static RefundView of(Refund refund, List<RefundAttempt> attempts) {
        return view(refund, attempts.stream().map(AttemptView::of).toList());
    }

    /** The refund alone ({@code providerAttempts} null). */
    public static RefundView of(Refund refund) {
        return view(refund, null);
    }

    private static RefundView view(Refund refund, List<AttemptView> attempts) {
        return new RefundView(refund.id(), refund.caseId(), refund.decisionId(), refund.settlementId(),
                refund.orderId(), refund.itemId(), refund.buyerId(), refund.sellerId(), MoneyInput.of(refund.amount()),
                refund.owed() == null ? null : MoneyInput.of(refund.owed()), refund.note(), refund.destination(),
                refund.status(), refund.provider(), refund.providerRefundId(), refund.round(), refund.attempts(),
                refund.lastError(), refund.nextAttemptAt(), refund.exchangeRate(),
                refund.sellerAmount() == null ? null : MoneyInput.of(refund.sellerAmount()), refund.fallbackChosenBy(),
                refund.fallbackChosenAt(), refund.createdAt(), refund.issuedAt(), refund.failedAt(), attempts,
                refund.lines(), MoneyInput.of(refund.deducted()));
    }
}
