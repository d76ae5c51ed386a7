package io.refunds.platform.parties;

import io.refunds.events.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Who and what a case is about, as every service keeps it: the order and item, the buyer and the seller, the reason
 * reported and what the buyer paid. One embeddable value (columns {@code order_id}, {@code item_id},
 * {@code buyer_id}, {@code seller_id}, {@code reason}, {@code paid_minor}, {@code paid_currency}) instead of the
 * same seven fields copied into each entity.
 */
@Embeddable
public class CaseParties {

    @Column(name = "order_id", nullable = false)
    private String orderId;

    @Column(name = "item_id", nullable = false)
    private String itemId;

    @Column(name = "buyer_id", nullable = false)
    private String buyerId;

    @Column(name = "seller_id", nullable = false)
    private String sellerId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "paid_minor", nullable = false)
    private long paidMinor;

    @Column(name = "paid_currency", nullable = false)
    private String paidCurrency;

    /** For the ORM. */
    protected CaseParties() {
    }

    public CaseParties(String orderId, String itemId, String buyerId, String sellerId, String reason, Money paid) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.itemId = Objects.requireNonNull(itemId, "itemId");
        this.buyerId = Objects.requireNonNull(buyerId, "buyerId");
        this.sellerId = Objects.requireNonNull(sellerId, "sellerId");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.paidMinor = paid.minorUnits();
        this.paidCurrency = paid.currency();
    }

    public String orderId() {
        return orderId;
    }

    public String itemId() {
        return itemId;
    }

    public String buyerId() {
        return buyerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public String reason() {
        return reason;
    }

    public Money paid() {
        return Money.of(paidMinor, paidCurrency);
    }

    /** The buyer or the seller of the case. */
    public boolean isParty(String userId) {
        return buyerId.equals(userId) || sellerId.equals(userId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseParties that && orderId.equals(that.orderId) && itemId.equals(that.itemId)
                && buyerId.equals(that.buyerId) && sellerId.equals(that.sellerId) && reason.equals(that.reason)
                && paidMinor == that.paidMinor && paidCurrency.equals(that.paidCurrency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, itemId, buyerId, sellerId, reason, paidMinor, paidCurrency);
    }

    @Override
    public String toString() {
        return "CaseParties[order " + orderId + ", item " + itemId + ", buyer " + buyerId + ", seller " + sellerId
                + ", " + reason + ", paid " + paidMinor + " " + paidCurrency + "]";
    }
}
