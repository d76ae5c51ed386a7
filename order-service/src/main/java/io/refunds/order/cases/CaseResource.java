package io.refunds.order.cases;

import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** {@code /api/cases}: a buyer reports an issue and follows the case ("where is my refund?"). */
@Path("/api/cases")
public class CaseResource {

    private final CaseService service;
    private final Caller caller;

    public CaseResource(CaseService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.BUYER)
    public Uni<Response> report(@NotNull @Valid ReportIssueRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return service.report(request, caller.id(), idempotencyKey).map(IdempotentResponse::toResponse);
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<CaseView> find(@PathParam("caseId") UUID caseId) {
        return service.find(caseId, caller);
    }

    @GET
    @RolesAllowed({Roles.BUYER, Roles.SELLER})
    public Uni<List<CaseView>> mine() {
        return service.mine(caller);
    }
}
