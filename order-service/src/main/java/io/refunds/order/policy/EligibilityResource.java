package io.refunds.order.policy;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.order.cases.CaseRepository;
import io.refunds.order.order.OrderRepository;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;

/** {@code GET /api/orders/{id}/items/{itemId}/eligibility?reason=…}: what the frontend shows before a report. */
@Path("/api/orders/{orderId}/items/{itemId}/eligibility")
public class EligibilityResource {

    private final OrderRepository orders;
    private final CaseRepository cases;
    private final RefundPolicy policy;
    private final Caller caller;

    public EligibilityResource(OrderRepository orders, CaseRepository cases, RefundPolicy policy, Caller caller) {
        this.orders = orders;
        this.cases = cases;
        this.policy = policy;
        this.caller = caller;
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<Eligibility> eligibility(@PathParam("orderId") String orderId, @PathParam("itemId") String itemId,
            @QueryParam("reason") String reason) {
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
                : cases.hasOpenCase(orderId, itemId)
                        .map(openCase -> policy.assess(item, reason, openCase, Instant.now())));
    }
}
