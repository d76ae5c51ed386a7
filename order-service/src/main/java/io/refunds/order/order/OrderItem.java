package io.refunds.order.order;

import io.refunds.events.MarketplaceOrder;
import io.refunds.events.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of an order: what the seller sold and what the buyer paid for it. */
@Entity
@Table(name = "order_item")
public class OrderItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Column(name = "seller_id", nullable = false)
    public String sellerId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "unit_price_minor", nullable = false)
    public long unitPriceMinor;

    @Column(name = "unit_price_currency", nullable = false)
    public String unitPriceCurrency;

    @Column(name = "paid_minor", nullable = false)
    public long paidMinor;

    @Column(name = "paid_currency", nullable = false)
    public String paidCurrency;

    /** Units of the paid currency per 1 CNY at payment; exact decimal, never floating point. */
    @Column(name = "exchange_rate", precision = 24, scale = 12)
    public BigDecimal exchangeRate;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "refunded_minor", nullable = false)
    public long refundedMinor;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** Where the item is now; only {@link ItemJourney} moves it, and only forward. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "journey_step", nullable = false)
    public JourneyStep journeyStep = JourneyStep.PURCHASED;

    /** The seller accepts returns without a reason (Taobao's seven-day no-reason promise) for this item. */
    @Column(name = "no_reason_returns", nullable = false)
    public boolean noReasonReturns;

    @Column(name = "seller_shipped_at")
    public Instant sellerShippedAt;

    @Column(name = "domestic_carrier")
    public String domesticCarrier;

    @Column(name = "domestic_tracking")
    public String domesticTracking;

    @Column(name = "stocked_in_at")
    public Instant stockedInAt;

    @Column(name = "weight_grams")
    public Integer weightGrams;

    @Column(name = "shipped_abroad_at")
    public Instant shippedAbroadAt;

    @Column(name = "parcel_id")
    public String parcelId;

    @Column(name = "parcel_carrier")
    public String parcelCarrier;

    @Column(name = "parcel_tracking")
    public String parcelTracking;

    @Column(name = "insured_minor")
    public Long insuredMinor;

    @Column(name = "insured_currency")
    public String insuredCurrency;

    /** Where the agent bought the item; null for a seller who logs in here (the direct path). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "marketplace")
    public Marketplace marketplace;

    @Column(name = "marketplace_order_id")
    public String marketplaceOrderId;

    @Column(name = "marketplace_item_id")
    public String marketplaceItemId;

    /** The purchasing staff member who placed the marketplace order and relays its seller; null: the team. */
    @Column(name = "purchaser_id")
    public String purchaserId;

    /** The marketplace order as events carry it, or null for a seller who logs in here. */
    public MarketplaceOrder marketplaceOrder() {
        return marketplace == null ? null
                : new MarketplaceOrder(marketplace.name(), marketplaceOrderId, marketplaceItemId, purchaserId);
    }

    public Money paid() {
        return Money.of(paidMinor, paidCurrency);
    }

    public Money refunded() {
        return Money.of(refundedMinor, paidCurrency);
    }

    /** A refund paid for the item (the case checked it stays within what was paid; the table checks it too). */
    public void recordRefund(Money amount) {
        refundedMinor += amount.minorUnits();
    }

    /** The parcel's insured value for this item, or null when the parcel is not insured. */
    public Money insuredValue() {
        return insuredMinor == null ? null : Money.of(insuredMinor, insuredCurrency);
    }

    public Money unitPrice() {
        return Money.of(unitPriceMinor, unitPriceCurrency);
    }

    /** What the seller was paid for the line in CNY (unit price times quantity), or null when priced otherwise. */
    public Money sellerPriceCny() {
        return "CNY".equals(unitPriceCurrency) ? Money.of(Math.multiplyExact(unitPriceMinor, (long) quantity), "CNY")
                : null;
    }
}
