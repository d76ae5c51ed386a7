package io.refunds.messaging.upstream;

import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/** {@code GET /api/upstream-refunds/{caseId}}: the agents and the agent platform read a case's marketplace refund. */
@Path("/api/upstream-refunds")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
public class UpstreamRefundResource {

    private final UpstreamQueries queries;

    public UpstreamRefundResource(UpstreamQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{caseId}")
    public Uni<UpstreamRefundView> ofCase(@PathParam("caseId") UUID caseId) {
        return queries.ofCase(caseId);
    }
}
