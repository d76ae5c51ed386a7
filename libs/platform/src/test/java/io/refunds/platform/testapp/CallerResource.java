package io.refunds.platform.testapp;

import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the bearer token says the caller is: for the token cache's tests. */
@Path("/test/me")
public class CallerResource {

    /** The caller as the platform sees it. */
    public record Me(String id, boolean staff) {
    }

    private final Caller caller;

    public CallerResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BUYER, Roles.AGENT})
    public Me me() {
        return new Me(caller.id(), caller.isStaff());
    }
}
