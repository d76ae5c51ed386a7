package io.refunds.dispute.dispute;

import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.events.Money;
import io.refunds.platform.parties.CaseParties;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A case the platform mediates: opened by a silent seller or the buyer, decided by an agent. */
@Entity
@Table(name = "dispute")
public class Dispute {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** Order, item, buyer, seller, reason and what was paid, as the claim told them. */
    @Embedded
    public CaseParties parties;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeStatus status;

    @Column(name = "decision_due_at", nullable = false)
    public Instant decisionDueAt;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    /** The agent working the dispute; only they decide it. */
    public String assignee;

    @Column(nullable = false)
    public boolean overdue;

    /** Raised by follow-ups on an overdue dispute; the queue serves higher priorities first. */
    @Column(nullable = false)
    public int priority;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** messaging-service confirmed that no offer can be accepted any more (NegotiationClosed). */
    @Column(name = "negotiation_closed", nullable = false)
    public boolean negotiationClosed = true;

    /** The settlement that closed the dispute instead of a decision. */
    @Column(name = "settlement_id")
    public UUID settlementId;

    /**
     * The outcome this dispute reopens the case after ({@code decision:<id>}, {@code settlement:<id>}): a returned
     * item that was not as claimed, a replacement that never came. Null for a dispute opened by the negotiation.
     */
    @Column(name = "reopened_for")
    public String reopenedFor;

    public Money paid() {
        return parties.paid();
    }

    /** Staff see every dispute; the buyer and the seller see their own. */
    public boolean visibleTo(String userId, boolean staff) {
        return staff || parties.isParty(userId);
    }
}
