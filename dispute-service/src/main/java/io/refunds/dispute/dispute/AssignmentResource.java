package io.refunds.dispute.dispute;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.decision.DecisionRepository;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.UUID;

/** {@code POST /api/disputes/{id}/assignment}: an agent claims a dispute; a supervisor (re)assigns it. */
@Path("/api/disputes/{disputeId}/assignment")
public class AssignmentResource {

    private final DisputeRepository disputes;
    private final DecisionRepository decisions;
    private final Caller caller;

    public AssignmentResource(DisputeRepository disputes, DecisionRepository decisions, Caller caller) {
        this.disputes = disputes;
        this.decisions = decisions;
        this.caller = caller;
    }

    /** Who to assign; absent means the caller claims it. */
    public record AssignmentRequest(@Size(min = 1, max = 128) String assignee) {
    }

    @POST
    @WithTransaction
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public Uni<DisputeView> assign(@PathParam("disputeId") UUID disputeId, @Valid AssignmentRequest request) {
        String assignee = request == null || request.assignee() == null ? caller.id() : request.assignee();
        return disputes.lock(disputeId).chain(dispute -> {
            if (dispute == null) {
                return Uni.createFrom().failure(ApiException.notFound("dispute " + disputeId));
            }
            DisputeLifecycle.assign(dispute, assignee, caller.id(), caller.is(Roles.SUPERVISOR));
            return decisions.of(disputeId).map(made -> DisputeView.of(dispute, null, made, Instant.now()));
        });
    }
}
