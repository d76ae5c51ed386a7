package io.refunds.dispute.decision;

import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What an agent decided on a dispute, and why. */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    public UUID id;

    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionOutcome outcome;

    @Column(name = "refund_minor")
    public Long refundMinor;

    @Column(name = "refund_currency")
    public String refundCurrency;

    @Column(nullable = false)
    public String rationale;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    /** The total the buyer is owed under this decision; null when no money moves. */
    public Money refund() {
        return refundMinor == null ? null : Money.of(refundMinor, refundCurrency);
    }
}
