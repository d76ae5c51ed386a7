package io.refunds.order.cases;

import io.refunds.platform.api.EnumParameter;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/cases}: a buyer reports an issue and follows the case ("where is my refund?"). */
@Path("/api/cases")
public class CaseResource {

    private final CaseService service;
    private final CaseActions actions;
    private final CaseQueries queries;
    private final Caller caller;

    public CaseResource(CaseService service, CaseActions actions, CaseQueries queries, Caller caller) {
        this.service = service;
        this.actions = actions;
        this.queries = queries;
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
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Uni<byte[]> find(@PathParam("caseId") UUID caseId) {
        return queries.json(caseId, caller);
    }

    @GET
    @RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR})
    public Uni<List<CaseView>> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return queries.list(EnumParameter.parse(CaseStatus.class, status, "status"), page, size, caller);
    }

    @POST
    @Path("/{caseId}/evidence")
    @RolesAllowed({Roles.BUYER, Roles.SELLER})
    public Uni<CaseView> addEvidence(@PathParam("caseId") UUID caseId, @NotNull @Valid AddEvidenceRequest request) {
        return actions.addEvidence(caseId, request, caller);
    }

    @POST
    @Path("/{caseId}/withdrawal")
    @RolesAllowed(Roles.BUYER)
    public Uni<Withdrawal> withdraw(@PathParam("caseId") UUID caseId) {
        return actions.withdraw(caseId, caller);
    }
}
