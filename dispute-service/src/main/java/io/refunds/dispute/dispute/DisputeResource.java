package io.refunds.dispute.dispute;

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

/** {@code /api/disputes}: the agents' queue and the dispute file. */
@Path("/api/disputes")
public class DisputeResource {

    private final DisputeService service;
    private final Caller caller;

    public DisputeResource(DisputeService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public Uni<List<DisputeView>> queue(@QueryParam("status") String status, @QueryParam("reason") String reason,
            @QueryParam("assignee") String assignee, @QueryParam("caseId") UUID caseId) {
        return service.queue(EnumParameter.parse(DisputeStatus.class, status, "status"), reason, assignee, caseId);
    }

    @GET
    @Path("/{disputeId}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.BUYER, Roles.SELLER})
    public Uni<DisputeView> find(@PathParam("disputeId") UUID disputeId) {
        return service.find(disputeId, caller);
    }
}
