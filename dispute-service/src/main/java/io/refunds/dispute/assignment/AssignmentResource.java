package io.refunds.dispute.assignment;

import io.refunds.dispute.readside.DisputeQueries;
import io.refunds.dispute.readside.DisputeView;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/**
 * {@code POST /api/disputes/{id}/assignment}: an agent claims a dispute; a supervisor (re)assigns it. The answer is
 * the dispute as the queue shows it, with its decisions.
 */
@Path("/api/disputes/{disputeId}/assignment")
public class AssignmentResource {

    private final AssignmentService assignments;
    private final DisputeQueries queries;
    private final Caller caller;

    public AssignmentResource(AssignmentService assignments, DisputeQueries queries, Caller caller) {
        this.assignments = assignments;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public Uni<DisputeView> assign(@PathParam("disputeId") UUID disputeId, @Valid AssignmentRequest request) {
        return assignments.assign(disputeId, request == null ? null : request.assignee(), caller)
                .chain(queries::summary);
    }
}
