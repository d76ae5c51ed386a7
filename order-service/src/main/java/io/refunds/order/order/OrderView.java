package io.refunds.order.order;

import io.refunds.platform.api.LineKind;
import io.refunds.platform.api.MoneyInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the API shows it. */
public record OrderView(String orderId, String buyerId, Instant registeredAt, List<ItemView> items) {

    /** One item as the API shows it. */
    public record ItemView(String itemId, String sellerId, String title, String category, int quantity,
            MoneyInput unitPrice, MoneyInput paid, BigDecimal exchangeRate, String paymentReference, MoneyInput refunded,
            Instant receivedAt, JourneyStep journeyStep, boolean noReasonReturns, JourneyView journey,
            List<CostLineView> costLines, MarketplaceView marketplace) {

        /** The item with its cost lines (those of other items are left out). */
        public static ItemView of(OrderItem item, List<ItemCostLine> lines) {
            return new ItemView(item.itemId, item.sellerId, item.title, item.category, item.quantity,
                    MoneyInput.of(item.unitPrice()), MoneyInput.of(item.paid()), item.exchangeRate, item.paymentReference,
                    MoneyInput.of(item.refunded()), item.receivedAt, item.journeyStep, item.noReasonReturns,
                    JourneyView.of(item), lines.stream().filter(line -> line.itemId.equals(item.itemId))
                            .map(CostLineView::of).toList(), MarketplaceView.of(item));
        }
    }

    /** Where the agent bought the item: marketplace, order and item ids, the purchaser assigned. */
    public record MarketplaceView(Marketplace marketplace, String orderId, String itemId, String purchaserId) {

        static MarketplaceView of(OrderItem item) {
            return item.marketplace == null ? null : new MarketplaceView(item.marketplace, item.marketplaceOrderId,
                    item.marketplaceItemId, item.purchaserId);
        }
    }

    /** One cost line: its kind, what the buyer paid for it, and its CNY cost where it is one. */
    public record CostLineView(LineKind kind, MoneyInput amount, MoneyInput cny) {

        static CostLineView of(ItemCostLine line) {
            return new CostLineView(line.kind, MoneyInput.of(line.amount()),
                    line.cny() == null ? null : MoneyInput.of(line.cny()));
        }
    }

    /** What each step of the item's journey recorded; absent where the step was not (yet) recorded. */
    public record JourneyView(Instant sellerShippedAt, String domesticCarrier, String domesticTracking,
            Instant stockedInAt, Integer weightGrams, Instant shippedAbroadAt, String parcelId, String parcelCarrier,
            String parcelTracking, MoneyInput insuredValue, Instant receivedAt) {

        static JourneyView of(OrderItem item) {
            return new JourneyView(item.sellerShippedAt, item.domesticCarrier, item.domesticTracking, item.stockedInAt,
                    item.weightGrams, item.shippedAbroadAt, item.parcelId, item.parcelCarrier, item.parcelTracking,
                    item.insuredValue() == null ? null : MoneyInput.of(item.insuredValue()), item.receivedAt);
        }
    }

    static OrderView of(PurchaseOrder order, List<OrderItem> items, List<ItemCostLine> lines) {
        return new OrderView(order.id, order.buyerId, order.registeredAt,
                items.stream().map(item -> ItemView.of(item, lines)).toList());
    }
}
