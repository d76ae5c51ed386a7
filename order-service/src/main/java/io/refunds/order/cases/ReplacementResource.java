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
 * {@code /api/replacements}: the new item an exchange or replacement outcome awaits — read by the case's parties and
 * staff; the platform posts its journey like any item's.
 */
@Path("/api/replacements")
public class ReplacementResource {

    private final ReplacementActions actions;
    private final Caller caller;

    public ReplacementResource(ReplacementActions actions, Caller caller) {
        this.actions = actions;
        this.caller = caller;
    }

    /** The case's replacements, oldest first. */
    @GET
    @RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<List<ReplacementView>> ofCase(@QueryParam("caseId") @NotNull UUID caseId) {
        return actions.ofCase(caseId, caller);
    }

    @GET
    @Path("/{replacementId}")
    @RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<ReplacementView> find(@PathParam("replacementId") UUID replacementId) {
        return actions.find(replacementId, caller);
    }

    /** A step of the new item's journey, from the platform (forward only; a repeat changes nothing). */
    @POST
    @Path("/{replacementId}/journey")
    @RolesAllowed(Roles.PLATFORM)
    public Uni<ReplacementView> recordStep(@PathParam("replacementId") UUID replacementId,
            @NotNull @Valid ReplacementRequests.JourneyStepRequest request) {
        return actions.recordStep(replacementId, request, caller);
    }
}
