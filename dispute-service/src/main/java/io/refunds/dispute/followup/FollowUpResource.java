package io.refunds.dispute.followup;

import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** {@code POST /api/disputes/{id}/follow-ups}: the buyer or seller asks after the dispute. */
@Path("/api/disputes/{disputeId}/follow-ups")
public class FollowUpResource {

    private final FollowUpService followUps;
    private final Caller caller;

    public FollowUpResource(FollowUpService followUps, Caller caller) {
        this.followUps = followUps;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.BUYER, Roles.SELLER})
    public Uni<Response> followUp(@PathParam("disputeId") UUID disputeId, @NotNull @Valid FollowUpRequest request) {
        return followUps.post(disputeId, request, caller)
                .map(posted -> Response.status(Response.Status.CREATED).entity(posted).build());
    }
}
