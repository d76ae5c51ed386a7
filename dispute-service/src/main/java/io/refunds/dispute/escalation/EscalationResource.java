package io.refunds.dispute.escalation;

import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code POST /api/disputes}: the buyer escalates a case after the seller declined, after rejecting an offer, or
 * once the seller's deadline has passed; while the seller still has time and has not refused, 409.
 */
@Path("/api/disputes")
public class EscalationResource {

    private final EscalationService escalations;
    private final Caller caller;

    public EscalationResource(EscalationService escalations, Caller caller) {
        this.escalations = escalations;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.BUYER)
    public Uni<Response> escalate(@NotNull @Valid EscalationRequest request) {
        return escalations.escalate(request, caller).map(escalated -> Response
                .created(URI.create("/api/disputes/" + escalated.disputeId())).entity(escalated).build());
    }
}
