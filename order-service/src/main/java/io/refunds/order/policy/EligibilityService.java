package io.refunds.order.policy;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.order.order.OrderRepository;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** May an item be reported, and until when: the order's buyer, staff and the platform may ask. */
@ApplicationScoped
public class EligibilityService {

    private final OrderRepository orders;
    private final OpenCases openCases;
    private final RefundPolicy policy;

    public EligibilityService(OrderRepository orders, OpenCases openCases, RefundPolicy policy) {
        this.orders = orders;
        this.openCases = openCases;
        this.policy = policy;
    }

    /** An unknown reason is a 400 before anything is read; an order or item the caller may not see is a 404. */
    @WithSession
    public Uni<Eligibility> assess(String orderId, String itemId, String reason, Caller caller) {
        policy.rule(reason, "reason");
        return orders.findById(orderId).chain(order -> {
            boolean mayAsk = caller.isStaff() || caller.is(Roles.PLATFORM)
                    || order != null && order.buyerId.equals(caller.id());
            if (order == null || !mayAsk) {
                return Uni.createFrom().failure(ApiException.notFound("order " + orderId));
            }
            return orders.item(orderId, itemId);
        }).chain(item -> item == null
                ? Uni.createFrom().failure(ApiException.notFound("item " + itemId + " of order " + orderId))
                : openCases.hasOpenCase(orderId, itemId)
                        .map(openCase -> policy.assess(item, reason, openCase, Instant.now())));
    }
}
