package io.refunds.order.cases;

import io.refunds.events.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A buyer's claim about one item, from report to refund. */
@Entity
@Table(name = "refund_case")
public class RefundCase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "seller_id", nullable = false)
    public String sellerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IssueReason reason;

    public String description;

    @Column(name = "paid_minor", nullable = false)
    public long paidMinor;

    @Column(name = "paid_currency", nullable = false)
    public String paidCurrency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Money paid() {
        return Money.of(paidMinor, paidCurrency);
    }

    public void advanceTo(CaseStatus next, Instant at) {
        status = status.advanceTo(next);
        updatedAt = at;
    }

    /** The buyer, the seller of the item, staff and the platform may see a case. */
    public boolean visibleTo(String userId, boolean staffOrPlatform) {
        return staffOrPlatform || buyerId.equals(userId) || sellerId.equals(userId);
    }
}
