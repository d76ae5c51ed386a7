package io.refunds.order.policy;

import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * {@code GET /api/orders/{id}/items/{itemId}/eligibility[?reason=…]}: what the frontend shows before a report — the
 * item's claim stage, its window and the reasons it takes, and for a reason the remedies and evidence it needs.
 */
@Path("/api/orders/{orderId}/items/{itemId}/eligibility")
public class EligibilityResource {

    private final EligibilityService service;
    private final Caller caller;

    public EligibilityResource(EligibilityService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<Eligibility> eligibility(@PathParam("orderId") String orderId, @PathParam("itemId") String itemId,
            @QueryParam("reason") String reason) {
        return service.assess(orderId, itemId, reason, caller);
    }
}
