package io.refunds.dispute.decision;

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

/** {@code POST /api/disputes/{id}/decision}: an agent decides. */
@Path("/api/disputes/{disputeId}/decision")
public class DecisionResource {

    private final DecisionService service;
    private final Caller caller;

    public DecisionResource(DecisionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public Uni<Response> decide(@PathParam("disputeId") UUID disputeId, @NotNull @Valid DecisionRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return service.decide(disputeId, request, caller.id(), idempotencyKey).map(IdempotentResponse::toResponse);
    }
}
