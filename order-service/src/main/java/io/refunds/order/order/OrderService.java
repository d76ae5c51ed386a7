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
import java.util.Set;

/** Registers orders from the agent platform and shows them to their buyer. */
@ApplicationScoped
public class OrderService {

    private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

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
            return orders.persist(order)
                    .chain(() -> Multi.createFrom().iterable(request.items())
                            .onItem().transformToUniAndConcatenate(item -> orders.persistItem(toItem(order.id, item)))
                            .collect().last())
                    .chain(() -> orders.items(order.id))
                    .map(items -> OrderView.of(order, items));
        });
    }

    @WithSession
    public Uni<OrderView> find(String orderId, Caller caller) {
        return orders.findById(orderId).chain(order -> {
            if (order == null || !(caller.isStaff() || caller.is(Roles.PLATFORM) || order.buyerId.equals(caller.id()))) {
                return Uni.createFrom().failure(ApiException.notFound("order " + orderId));
            }
            return orders.items(orderId).map(items -> OrderView.of(order, items));
        });
    }

    /** The buyer received the item: its refund window starts. Repeating the same receipt is harmless. */
    @WithTransaction
    public Uni<OrderView.ItemView> recordReceipt(String orderId, String itemId, OrderRequests.RecordReceipt request,
            Caller caller) {
        // PostgreSQL keeps microseconds: compare and store what it keeps.
        Instant receivedAt = (request == null || request.receivedAt() == null ? Instant.now() : request.receivedAt())
                .truncatedTo(ChronoUnit.MICROS);
        if (receivedAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            return Uni.createFrom().failure(ApiException.invalid("receivedAt", "must not be in the future"));
        }
        return orders.findById(orderId).chain(order -> {
            if (order == null || !(caller.is(Roles.PLATFORM) || order.buyerId.equals(caller.id()))) {
                return Uni.createFrom().failure(ApiException.notFound("order " + orderId));
            }
            return orders.item(orderId, itemId);
        }).map(item -> {
            if (item == null) {
                throw ApiException.notFound("item " + itemId + " of order " + orderId);
            }
            if (item.receivedAt != null && !item.receivedAt.equals(receivedAt) && request != null
                    && request.receivedAt() != null) {
                throw ApiException.conflict("the receipt was already recorded at " + item.receivedAt);
            }
            if (item.receivedAt == null) {
                item.receivedAt = receivedAt;
            }
            return OrderView.ItemView.of(item);
        });
    }

    private static void requireValidItems(OrderRequests.RegisterOrder request) {
        Set<String> seen = new HashSet<>();
        Instant latest = Instant.now().plus(CLOCK_SKEW);
        for (int i = 0; i < request.items().size(); i++) {
            Instant receivedAt = request.items().get(i).receivedAt();
            if (receivedAt != null && receivedAt.isAfter(latest)) {
                throw ApiException.invalid("items[" + i + "].receivedAt", "must not be in the future");
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
        return item;
    }
}
