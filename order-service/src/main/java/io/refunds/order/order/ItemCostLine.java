package io.refunds.order.order;

import io.refunds.events.Money;
import io.refunds.platform.api.LineKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One cost line of an item: what the buyer paid for one kind of cost, in their currency (and CNY where it is one). */
@Entity
@Table(name = "item_cost_line")
public class ItemCostLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LineKind kind;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false)
    public String currency;

    @Column(name = "cny_minor")
    public Long cnyMinor;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    public Money amount() {
        return Money.of(amountMinor, currency);
    }

    /** The line in CNY, or null when it is no CNY cost. */
    public Money cny() {
        return cnyMinor == null ? null : Money.of(cnyMinor, "CNY");
    }

    public static ItemCostLine of(OrderItem item, LineKind kind, Money amount, Money cny, Instant now) {
        ItemCostLine line = new ItemCostLine();
        line.orderId = item.orderId;
        line.itemId = item.itemId;
        line.kind = kind;
        line.amountMinor = amount.minorUnits();
        line.currency = amount.currency();
        line.cnyMinor = cny == null ? null : cny.minorUnits();
        line.registeredAt = now;
        return line;
    }
}
