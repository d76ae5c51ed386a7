package io.refunds.refund.payout;

import io.refunds.refund.provider.ProviderReply;
import io.refunds.refund.refund.Refund;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One call to the payment provider for a refund and what it answered: the refund's paper trail. */
@Entity
@Table(name = "refund_attempt")
public class RefundAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "refund_id", nullable = false)
    public UUID refundId;

    @Column(nullable = false)
    public int round;

    @Column(nullable = false)
    public int attempt;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(nullable = false)
    public String outcome;

    public String detail;

    @Column(name = "provider_refund_id")
    public String providerRefundId;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    static RefundAttempt of(Refund refund, ProviderReply reply, Instant at) {
        RefundAttempt attempt = new RefundAttempt();
        attempt.refundId = refund.id;
        attempt.round = refund.round;
        attempt.attempt = refund.attempts;
        attempt.idempotencyKey = refund.providerIdempotencyKey();
        attempt.outcome = reply.kind().name();
        attempt.detail = reply.detail();
        attempt.providerRefundId = reply.providerRefundId();
        attempt.attemptedAt = at;
        return attempt;
    }
}
