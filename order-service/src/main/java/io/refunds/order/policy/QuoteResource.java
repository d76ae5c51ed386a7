package io.refunds.order.policy;

import io.refunds.events.Remedy;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;

/**
 * {@code GET /api/orders/{id}/items/{itemId}/quote?reason=…&remedy=…[&amount=…]}: before the buyer confirms, what a
 * claim would refund line by line, what is kept, and who bears it. The order's buyer, agents and the platform ask.
 */
@Path("/api/orders/{orderId}/items/{itemId}/quote")
public class QuoteResource {

    private final EligibilityService service;
    private final Caller caller;

    public QuoteResource(EligibilityService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<QuoteView> quote(@PathParam("orderId") String orderId, @PathParam("itemId") String itemId,
            @QueryParam("reason") String reason, @QueryParam("remedy") String remedy,
            @QueryParam("amount") String amount) {
        return service.quote(orderId, itemId, reason, remedyOf(remedy), minorUnitsOf(amount), caller);
    }

    private static Remedy remedyOf(String remedy) {
        try {
            return Remedy.valueOf(remedy == null ? "" : remedy);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("remedy", "must be one of " + Arrays.toString(Remedy.values()));
        }
    }

    private static Long minorUnitsOf(String amount) {
        if (amount == null) {
            return null;
        }
        if (!amount.matches("[0-9]{1,15}")) {
            throw ApiException.invalid("amount", "must be a whole number of minor units, at most 15 digits");
        }
        return Long.parseLong(amount);
    }
}
