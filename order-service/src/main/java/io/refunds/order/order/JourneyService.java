package io.refunds.order.order;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.platform.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Records what the platform reports of an item after its order: its journey steps ({@link ItemJourney}) and cost lines
 * known later ({@link ItemCosts}); load and lock the item → the rules → persist.
 */
@ApplicationScoped
public class JourneyService {

    private final OrderRepository orders;
    private final WarehouseClaims warehouseClaims;

    public JourneyService(OrderRepository orders, WarehouseClaims warehouseClaims) {
        this.orders = orders;
        this.warehouseClaims = warehouseClaims;
    }

    /** The item with the lines added; an unknown order or item is a 404. */
    @WithTransaction
    public Uni<OrderView.ItemView> addCostLines(String orderId, String itemId, OrderRequests.RegisterCostLines request) {
        return orders.lockItem(orderId, itemId).chain(item -> {
            if (item == null) {
                return Uni.createFrom().failure(ApiException.notFound("item " + itemId + " of order " + orderId));
            }
            return orders.costLines(orderId, itemId).chain(existing -> {
                List<ItemCostLine> added = ItemCosts.add(item, existing, request.lines(), Instant.now());
                List<ItemCostLine> all = new java.util.ArrayList<>(existing);
                all.addAll(added);
                return orders.persistCostLines(added).map(ignored -> OrderView.ItemView.of(item, all));
            });
        });
    }

    /** The item after the step; an unknown order or item is a 404. */
    @WithTransaction
    public Uni<OrderView.ItemView> record(String orderId, String itemId, OrderRequests.RecordJourneyStep request) {
        return orders.lockItem(orderId, itemId).chain(item -> {
            if (item == null) {
                return Uni.createFrom().failure(ApiException.notFound("item " + itemId + " of order " + orderId));
            }
            Uni<Boolean> openClaim = request.step() == JourneyStep.SHIPPED_ABROAD
                    ? warehouseClaims.hasOpenWarehouseClaim(orderId, itemId) : Uni.createFrom().item(false);
            return openClaim.chain(open -> {
                ItemJourney.record(item, request, open, Instant.now());
                return orders.costLines(orderId, itemId).map(lines -> OrderView.ItemView.of(item, lines));
            });
        });
    }
}
