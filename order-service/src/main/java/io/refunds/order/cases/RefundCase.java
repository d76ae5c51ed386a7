package io.refunds.order.cases;

import io.refunds.events.Money;
import io.refunds.events.RefundDestination;
import io.refunds.events.Remedy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A buyer's claim about one item, from report to refund: the buyer's "where is my refund?" record. */
@Entity
@Table(name = "refund_case")
public class RefundCase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Column(name = "item_title")
    public String itemTitle;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "seller_id", nullable = false)
    public String sellerId;

    @Column(nullable = false)
    public String reason;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_outcome", nullable = false)
    public Remedy requestedOutcome;

    @Column(name = "requested_minor")
    public Long requestedMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "refund_destination", nullable = false)
    public RefundDestination refundDestination;

    @Column(name = "paid_minor", nullable = false)
    public long paidMinor;

    @Column(name = "paid_currency", nullable = false)
    public String paidCurrency;

    @Column(name = "refunded_minor", nullable = false)
    public long refundedMinor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "next_deadline_kind")
    public String nextDeadlineKind;

    @Column(name = "next_deadline_at")
    public Instant nextDeadlineAt;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Money paid() {
        return Money.of(paidMinor, paidCurrency);
    }

    public Money refunded() {
        return Money.of(refundedMinor, paidCurrency);
    }

    public Money requested() {
        return requestedMinor == null ? null : Money.of(requestedMinor, paidCurrency);
    }

    /** The buyer, the seller of the item, staff and the platform may see a case. */
    public boolean visibleTo(String userId, boolean staffOrPlatform) {
        return staffOrPlatform || buyerId.equals(userId) || sellerId.equals(userId);
    }
}
