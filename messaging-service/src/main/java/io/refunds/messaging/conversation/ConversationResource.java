package io.refunds.messaging.conversation;

import io.refunds.messaging.offer.AnswerRequest;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** {@code /api/conversations}: the buyer and the seller talk; agents read and may write. */
@Path("/api/conversations")
@RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR})
public class ConversationResource {

    private final ConversationService service;
    private final NegotiationService negotiation;
    private final Caller caller;

    public ConversationResource(ConversationService service, NegotiationService negotiation, Caller caller) {
        this.service = service;
        this.negotiation = negotiation;
        this.caller = caller;
    }

    @GET
    public Uni<List<ConversationView>> list(@QueryParam("caseId") UUID caseId) {
        return service.list(caseId, caller);
    }

    @GET
    @Path("/{conversationId}")
    public Uni<ConversationView> find(@PathParam("conversationId") UUID conversationId) {
        return service.find(conversationId, caller);
    }

    @POST
    @Path("/{conversationId}/messages")
    public Uni<Response> post(@PathParam("conversationId") UUID conversationId,
            @NotNull @Valid PostMessageRequest request) {
        return service.post(conversationId, request, caller).map(message -> Response
                .created(URI.create("/api/conversations/" + conversationId + "/messages/" + message.messageId()))
                .entity(message).build());
    }

    @POST
    @Path("/{conversationId}/decline")
    public Uni<NegotiationStatusView> decline(@PathParam("conversationId") UUID conversationId,
            @Valid AnswerRequest request) {
        return negotiation.decline(conversationId, request, caller);
    }

    @POST
    @Path("/{conversationId}/escalation")
    public Uni<NegotiationStatusView> escalate(@PathParam("conversationId") UUID conversationId,
            @Valid AnswerRequest request) {
        return negotiation.escalate(conversationId, request, caller);
    }
}
