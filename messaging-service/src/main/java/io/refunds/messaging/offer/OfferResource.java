package io.refunds.messaging.offer;

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

/** {@code /api/conversations/{id}/offers}: the seller offers, the buyer accepts or rejects. */
@Path("/api/conversations/{conversationId}/offers")
@RolesAllowed({Roles.BUYER, Roles.SELLER, Roles.AGENT, Roles.SUPERVISOR})
public class OfferResource {

    private final OfferService service;
    private final Caller caller;

    public OfferResource(OfferService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    public Uni<Response> make(@PathParam("conversationId") UUID conversationId, @NotNull @Valid OfferRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return service.make(conversationId, request, caller, idempotencyKey).map(IdempotentResponse::toResponse);
    }

    @POST
    @Path("/{offerId}/acceptance")
    public Uni<OfferView> accept(@PathParam("conversationId") UUID conversationId,
            @PathParam("offerId") UUID offerId, @Valid AnswerRequest request) {
        return service.accept(conversationId, offerId, request, caller);
    }

    @POST
    @Path("/{offerId}/rejection")
    public Uni<OfferView> reject(@PathParam("conversationId") UUID conversationId, @PathParam("offerId") UUID offerId,
            @Valid AnswerRequest request) {
        return service.reject(conversationId, offerId, request, caller);
    }
}
