package io.refunds.refund.refund;

import io.refunds.events.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Money owed to a buyer under one decision or settlement; its key makes it unique. */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    public UUID id;

    /** {@code decision:<id>} or {@code settlement:<id>}: one refund per cause, whatever is replayed. */
    @Column(name = "refund_key", nullable = false, unique = true)
    public String refundKey;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "settlement_id")
    public UUID settlementId;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Destination destination;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RefundStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "issued_at")
    public Instant issuedAt;

    public Money amount() {
        return Money.of(amountMinor, currency);
    }
}
