package io.refunds.order.cases;

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
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/returns}: the return a return outcome opened — read by the case's parties and staff; its shipper posts
 * the carrier and tracking, the platform posts carrier scans, the receiver records receipt and inspection.
 */
@Path("/api/returns")
public class ReturnResource {

    private final ReturnActions actions;
    private final Caller caller;

    public ReturnResource(ReturnActions actions, Caller caller) {
        this.actions = actions;
        this.caller = caller;
    }

    /** The case's returns, oldest first. */
    @GET
    @RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<List<ReturnView>> ofCase(@QueryParam("caseId") @NotNull UUID caseId) {
        return actions.ofCase(caseId, caller);
    }

    @GET
    @Path("/{returnId}")
    @RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<ReturnView> find(@PathParam("returnId") UUID returnId) {
        return actions.find(returnId, caller);
    }

    /** The shipper's carrier and tracking: the buyer for a delivered item, the warehouse's staff for the seller. */
    @POST
    @Path("/{returnId}/shipment")
    @RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<ReturnView> ship(@PathParam("returnId") UUID returnId,
            @NotNull @Valid ReturnRequests.Shipment request) {
        return actions.ship(returnId, request, caller);
    }

    /** A carrier scan, from the platform's tracking feed; only the first one counts. */
    @POST
    @Path("/{returnId}/scans")
    @RolesAllowed(Roles.PLATFORM)
    public Uni<ReturnView> scan(@PathParam("returnId") UUID returnId, @NotNull @Valid ReturnRequests.Scan request) {
        return actions.scan(returnId, request, caller);
    }

    /** The receipt and inspection, by the warehouse's staff (also on the seller's behalf) or the platform. */
    @POST
    @Path("/{returnId}/receipt")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<ReturnView> receive(@PathParam("returnId") UUID returnId,
            @NotNull @Valid ReturnRequests.Receipt request) {
        return actions.receive(returnId, request, caller);
    }
}
