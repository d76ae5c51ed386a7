package io.refunds.order.order;

import io.refunds.platform.api.MoneyInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the API shows it. */
public record OrderView(String orderId, String buyerId, Instant registeredAt, List<ItemView> items) {

    /** One item as the API shows it. */
    public record ItemView(String itemId, String sellerId, String title, String category, int quantity,
            MoneyInput unitPrice, MoneyInput paid, BigDecimal exchangeRate, String paymentReference, MoneyInput refunded,
            Instant receivedAt) {

        static ItemView of(OrderItem item) {
            return new ItemView(item.itemId, item.sellerId, item.title, item.category, item.quantity,
                    MoneyInput.of(item.unitPrice()), MoneyInput.of(item.paid()), item.exchangeRate, item.paymentReference,
                    MoneyInput.of(item.refunded()), item.receivedAt);
        }
    }

    static OrderView of(PurchaseOrder order, List<OrderItem> items) {
        return new OrderView(order.id, order.buyerId, order.registeredAt, items.stream().map(ItemView::of).toList());
    }
}
