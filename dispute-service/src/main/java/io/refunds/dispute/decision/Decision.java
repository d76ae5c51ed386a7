package io.refunds.dispute.decision;

import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.platform.api.BreakdownJson;
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

    /** What the decision refunds line by line, as JSON text (a jsonb column); null without cost lines. */
    @org.hibernate.annotations.ColumnTransformer(read = "cast(breakdown as text)",
            write = "cast(cast(? as text) as jsonb)")
    @Column(name = "breakdown")
    public String breakdown;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    /** The decision as DecisionMade announced it. */
    public static Decision of(DecisionMade made) {
        Decision decision = new Decision();
        decision.id = made.decisionId();
        decision.disputeId = made.disputeId();
        decision.caseId = made.caseId();
        decision.outcome = made.outcome();
        decision.refundMinor = made.refundAmount() == null ? null : made.refundAmount().minorUnits();
        decision.refundCurrency = made.refundAmount() == null ? null : made.refundAmount().currency();
        decision.rationale = made.rationale();
        decision.decidedBy = made.decidedBy();
        decision.decidedAt = made.decidedAt();
        decision.supersedesId = made.supersedesDecisionId();
        decision.breakdown = BreakdownJson.write(made.breakdown());
        return decision;
    }

    /** The total the buyer is owed under this decision; null when no money moves. */
    public RefundBreakdown breakdown() {
        return BreakdownJson.read(breakdown);
    }

    public Money refund() {
        return refundMinor == null ? null : Money.of(refundMinor, refundCurrency);
    }
}
