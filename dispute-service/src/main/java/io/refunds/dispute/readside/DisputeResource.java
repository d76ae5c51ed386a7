package io.refunds.dispute.readside;

import io.refunds.dispute.dispute.DisputeStatus;
import io.refunds.platform.api.EnumParameter;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** {@code GET /api/disputes}: the agents' queue, and one dispute with its case file and history. */
@Path("/api/disputes")
public class DisputeResource {

    private final DisputeQueries queries;
    private final Caller caller;

    public DisputeResource(DisputeQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public Uni<List<DisputeView>> queue(@QueryParam("status") String status, @QueryParam("reason") String reason,
            @QueryParam("assignee") String assignee, @QueryParam("caseId") UUID caseId) {
        return queries.queue(EnumParameter.parse(DisputeStatus.class, status, "status"), reason, assignee, caseId);
    }

    @GET
    @Path("/{disputeId}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.BUYER, Roles.SELLER})
    public Uni<DisputeView> find(@PathParam("disputeId") UUID disputeId) {
        return queries.find(disputeId, caller);
    }
}
