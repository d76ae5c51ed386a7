package io.refunds.order.order;

import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code /api/orders}: the agent platform registers orders; buyers read their own. */
@Path("/api/orders")
public class OrderResource {

    private final OrderService service;
    private final Caller caller;

    public OrderResource(OrderService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PLATFORM)
    public Uni<Response> register(@NotNull @Valid OrderRequests.RegisterOrder request) {
        return service.register(request)
                .map(order -> Response.created(URI.create("/api/orders/" + order.orderId())).entity(order).build());
    }

    @POST
    @Path("/{orderId}/items/{itemId}/receipt")
    @RolesAllowed({Roles.PLATFORM, Roles.BUYER})
    public Uni<OrderView.ItemView> recordReceipt(@PathParam("orderId") String orderId,
            @PathParam("itemId") String itemId, @Valid OrderRequests.RecordReceipt request) {
        return service.recordReceipt(orderId, itemId, request, caller);
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<OrderView> find(@PathParam("orderId") String orderId) {
        return service.find(orderId, caller);
    }
}
