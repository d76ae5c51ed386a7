package io.refunds.dispute.appeal;

import io.refunds.dispute.decision.DecisionRequest;
import io.refunds.dispute.decision.DecisionService;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** {@code /api/disputes/{id}/appeal}: a party appeals once; a different supervisor decides it. */
@Path("/api/disputes/{disputeId}/appeal")
public class AppealResource {

    private final AppealService appeals;
    private final DecisionService decisions;
    private final Caller caller;

    public AppealResource(AppealService appeals, DecisionService decisions, Caller caller) {
        this.appeals = appeals;
        this.decisions = decisions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.BUYER, Roles.SELLER})
    public Uni<Response> appeal(@PathParam("disputeId") UUID disputeId, @NotNull @Valid AppealRequest request) {
        return appeals.file(disputeId, request, caller)
                .map(filed -> Response.status(Response.Status.CREATED).entity(filed).build());
    }

    @POST
    @Path("/decision")
    @RolesAllowed(Roles.SUPERVISOR)
    public Uni<Response> decide(@PathParam("disputeId") UUID disputeId, @NotNull @Valid DecisionRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return decisions.decideAppeal(disputeId, request, caller.id(), idempotencyKey)
                .map(IdempotentResponse::toResponse);
    }
}
