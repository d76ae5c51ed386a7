package io.refunds.dispute.information;

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

/** The agent asks a party for information; the party answers with a statement within the configured time. */
@Path("/api/disputes/{disputeId}")
public class InformationResource {

    private final InformationService information;
    private final Caller caller;

    public InformationResource(InformationService information, Caller caller) {
        this.information = information;
        this.caller = caller;
    }

    @POST
    @Path("/information-requests")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public Uni<Response> ask(@PathParam("disputeId") UUID disputeId, @NotNull @Valid QuestionRequest request) {
        return information.ask(disputeId, request, caller).map(InformationResource::created);
    }

    @POST
    @Path("/statements")
    @RolesAllowed({Roles.BUYER, Roles.SELLER})
    public Uni<Response> answer(@PathParam("disputeId") UUID disputeId, @NotNull @Valid StatementRequest request) {
        return information.answer(disputeId, request, caller).map(InformationResource::created);
    }

    private static Response created(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
