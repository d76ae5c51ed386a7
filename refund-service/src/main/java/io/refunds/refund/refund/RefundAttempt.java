package io.refunds.refund.refund;

import io.refunds.refund.provider.ProviderReply;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One call to the payment provider for a refund and what it answered: the refund's paper trail, never changed. */
@Entity
@Table(name = "refund_attempt")
public class RefundAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "refund_id", nullable = false)
    private UUID refundId;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false)
    private int attempt;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Column(nullable = false)
    private String outcome;

    private String detail;

    @Column(name = "provider_refund_id")
    private String providerRefundId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    /** For the ORM. */
    protected RefundAttempt() {
    }

    /** The answer to the refund's current attempt, under its current round and idempotency key. */
    static RefundAttempt of(Refund refund, ProviderReply reply, Instant at) {
        RefundAttempt attempt = new RefundAttempt();
        attempt.refundId = refund.id();
        attempt.round = refund.round();
        attempt.attempt = refund.attempts();
        attempt.idempotencyKey = refund.providerIdempotencyKey();
        attempt.outcome = reply.kind().name();
        attempt.detail = reply.detail();
        attempt.providerRefundId = reply.providerRefundId();
        attempt.attemptedAt = at;
        return attempt;
    }

    public UUID refundId() {
        return refundId;
    }

    public int round() {
        return round;
    }

    public int attempt() {
        return attempt;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public String providerRefundId() {
        return providerRefundId;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }
}
