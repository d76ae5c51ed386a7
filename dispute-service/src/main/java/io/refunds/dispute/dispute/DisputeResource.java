package io.refunds.dispute.dispute;

import io.refunds.platform.api.EnumParameter;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** {@code /api/disputes}: the agents' queue, the dispute with its case file, and the buyer's escalation. */
@Path("/api/disputes")
public class DisputeResource {

    private final DisputeService service;
    private final Escalations escalations;
    private final Caller caller;

    public DisputeResource(DisputeService service, Escalations escalations, Caller caller) {
        this.service = service;
        this.escalations = escalations;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.BUYER)
    public Uni<Response> escalate(@NotNull @Valid Escalations.EscalationRequest request) {
        return escalations.escalate(request, caller);
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
