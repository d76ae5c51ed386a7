package io.refunds.dispute.assignment;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.dispute.Dispute;
import io.refunds.dispute.dispute.DisputeChanges;
import io.refunds.dispute.dispute.DisputeLifecycle;
import io.refunds.dispute.dispute.DisputeRepository;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** An agent claims a dispute, a supervisor (re)assigns it: lock → {@link DisputeLifecycle#assign} → persist. */
@ApplicationScoped
public class AssignmentService {

    private final DisputeRepository disputes;
    private final DisputeChanges changes;

    public AssignmentService(DisputeRepository disputes, DisputeChanges changes) {
        this.disputes = disputes;
        this.changes = changes;
    }

    /** {@code assignee} null: the caller claims it. Returns the dispute as assigned. */
    @WithTransaction
    public Uni<Dispute> assign(UUID disputeId, String assignee, Caller caller) {
        String to = assignee == null ? caller.id() : assignee;
        return disputes.lockExisting(disputeId)
                .map(dispute -> DisputeLifecycle.assign(dispute, to, caller.id(), caller.is(Roles.SUPERVISOR)))
                .chain(changes::save)
                .map(saved -> saved.dispute());
    }
}
