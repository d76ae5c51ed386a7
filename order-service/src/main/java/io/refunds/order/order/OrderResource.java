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
    private final JourneyService journey;
    private final Caller caller;

    public OrderResource(OrderService service, JourneyService journey, Caller caller) {
        this.service = service;
        this.journey = journey;
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

    /**
     * The platform records a step of the item's journey: 200 with the item; the same step again changes nothing; an
     * earlier step, other details for a recorded step, or shipping abroad an item with an open warehouse-stage case
     * is a 409 naming the rule.
     */
    @POST
    @Path("/{orderId}/items/{itemId}/journey")
    @RolesAllowed(Roles.PLATFORM)
    public Uni<OrderView.ItemView> recordJourneyStep(@PathParam("orderId") String orderId,
            @PathParam("itemId") String itemId, @NotNull @Valid OrderRequests.RecordJourneyStep request) {
        return journey.record(orderId, itemId, request);
    }

    /**
     * The platform registers cost lines known after the order (the parcel's shipping share, its insurance): 200 with
     * the item; a kind registered again with the same amounts changes nothing, with others it is a 409.
     */
    @POST
    @Path("/{orderId}/items/{itemId}/cost-lines")
    @RolesAllowed(Roles.PLATFORM)
    public Uni<OrderView.ItemView> addCostLines(@PathParam("orderId") String orderId,
            @PathParam("itemId") String itemId, @NotNull @Valid OrderRequests.RegisterCostLines request) {
        return journey.addCostLines(orderId, itemId, request);
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<OrderView> find(@PathParam("orderId") String orderId) {
        return service.find(orderId, caller);
    }
}
