package io.refunds.dispute.dispute;

import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.events.Money;
import jakarta.persistence.Column;
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

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "seller_id", nullable = false)
    public String sellerId;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeTrigger trigger;

    @Column(name = "paid_minor", nullable = false)
    public long paidMinor;

    @Column(name = "paid_currency", nullable = false)
    public String paidCurrency;

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

    public Money paid() {
        return Money.of(paidMinor, paidCurrency);
    }

    /** Staff see every dispute; the buyer and the seller see their own. */
    public boolean visibleTo(String userId, boolean staff) {
        return staff || buyerId.equals(userId) || sellerId.equals(userId);
    }
}
