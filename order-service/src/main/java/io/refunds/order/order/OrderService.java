package io.refunds.order.order;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Registers orders from the agent platform and shows them to their buyer. */
@ApplicationScoped
public class OrderService {


    private final OrderRepository orders;

    public OrderService(OrderRepository orders) {
        this.orders = orders;
    }

    @WithTransaction
    public Uni<OrderView> register(OrderRequests.RegisterOrder request) {
        requireValidItems(request);
        return orders.findById(request.orderId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(ApiException.conflict("order " + request.orderId() + " is already registered"));
            }
            PurchaseOrder order = new PurchaseOrder();
            order.id = request.orderId();
            order.buyerId = request.buyerId();
            order.registeredAt = Instant.now();
            List<OrderItem> items = request.items().stream().map(item -> toItem(order.id, item)).toList();
            List<ItemCostLine> lines = new java.util.ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                lines.addAll(ItemCosts.atRegistration(items.get(i), request.items().get(i).costLines(),
                        "items[" + i + "].costLines", order.registeredAt));
            }
            return orders.persist(order)
                    .chain(() -> Multi.createFrom().iterable(items)
                            .onItem().transformToUniAndConcatenate(orders::persistItem)
                            .collect().last())
                    .chain(() -> orders.persistCostLines(lines))
                    .map(ignored -> OrderView.of(order, items, lines));
        });
    }

    @WithSession
    public Uni<OrderView> find(String orderId, Caller caller) {
        return orders.findById(orderId).chain(order -> {
            if (order == null || !(caller.isStaff() || caller.is(Roles.PLATFORM) || order.buyerId.equals(caller.id()))) {
                return Uni.createFrom().failure(ApiException.notFound("order " + orderId));
            }
            return orders.items(orderId).chain(items -> orders.costLines(orderId)
                    .map(lines -> OrderView.of(order, items, lines)));
        });
    }

    /** The buyer received the item: its refund window starts. Repeating the same receipt is harmless. */
    @WithTransaction
    public Uni<OrderView.ItemView> recordReceipt(String orderId, String itemId, OrderRequests.RecordReceipt request,
            Caller caller) {
        // PostgreSQL keeps microseconds: compare and store what it keeps.
        Instant receivedAt = (request == null || request.receivedAt() == null ? Instant.now() : request.receivedAt())
                .truncatedTo(ChronoUnit.MICROS);
        try {
            ItemJourney.requireNotInTheFuture(receivedAt, Instant.now(), "receivedAt");
        } catch (ApiException refused) {
            return Uni.createFrom().failure(refused);
        }
        return orders.findById(orderId).chain(order -> {
            if (order == null || !(caller.is(Roles.PLATFORM) || order.buyerId.equals(caller.id()))) {
                return Uni.createFrom().failure(ApiException.notFound("order " + orderId));
            }
            return orders.item(orderId, itemId);
        }).chain(item -> {
            if (item == null) {
                throw ApiException.notFound("item " + itemId + " of order " + orderId);
            }
            if (item.journeyStep != JourneyStep.DELIVERED || request != null && request.receivedAt() != null) {
                ItemJourney.record(item, new OrderRequests.RecordJourneyStep(JourneyStep.DELIVERED, receivedAt, null,
                        null, null, null, null), false, Instant.now(), "receivedAt");
            }
            return orders.costLines(orderId, itemId).map(lines -> OrderView.ItemView.of(item, lines));
        });
    }

    private static void requireValidItems(OrderRequests.RegisterOrder request) {
        Set<String> seen = new HashSet<>();
        Instant now = Instant.now();
        for (int i = 0; i < request.items().size(); i++) {
            Instant receivedAt = request.items().get(i).receivedAt();
            if (receivedAt != null) {
                ItemJourney.requireNotInTheFuture(receivedAt, now, "items[" + i + "].receivedAt");
            }
            if (!seen.add(request.items().get(i).itemId())) {
                throw ApiException.invalid("items[" + i + "].itemId", "must be unique within the order");
            }
        }
    }

    private static OrderItem toItem(String orderId, OrderRequests.RegisterItem request) {
        OrderItem item = new OrderItem();
        item.orderId = orderId;
        item.itemId = request.itemId();
        item.sellerId = request.sellerId();
        item.title = request.title();
        item.category = request.category();
        item.quantity = request.quantity();
        item.unitPriceMinor = request.unitPrice().minorUnits();
        item.unitPriceCurrency = request.unitPrice().currency();
        item.paidMinor = request.paid().minorUnits();
        item.paidCurrency = request.paid().currency();
        item.exchangeRate = request.exchangeRate();
        item.paymentReference = request.paymentReference();
        item.receivedAt = request.receivedAt();
        item.journeyStep = request.receivedAt() == null ? JourneyStep.PURCHASED : JourneyStep.DELIVERED;
        item.noReasonReturns = Boolean.TRUE.equals(request.noReasonReturns());
        if (request.marketplace() != null) {
            item.marketplace = request.marketplace().marketplace();
            item.marketplaceOrderId = request.marketplace().orderId();
            item.marketplaceItemId = request.marketplace().itemId();
            item.purchaserId = request.marketplace().purchaserId();
        }
        return item;
    }
}
