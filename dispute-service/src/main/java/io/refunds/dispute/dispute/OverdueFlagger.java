package io.refunds.dispute.dispute;

import io.refunds.platform.deadline.DeadlineHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Past the decision deadline an undecided dispute is flagged overdue and DisputeOverdue goes out. */
@ApplicationScoped
public class OverdueFlagger implements DeadlineHandler {

    private final DisputeRepository disputes;
    private final DisputeChanges changes;

    public OverdueFlagger(DisputeRepository disputes, DisputeChanges changes) {
        this.disputes = disputes;
        this.changes = changes;
    }

    @Override
    public String kind() {
        return DecisionDeadline.KIND;
    }

    /** Runs in the scheduler's transaction: lock the dispute, flag it if it is still undecided, publish. */
    @Override
    public Uni<Void> fire(String subject) {
        return disputes.lock(DecisionDeadline.disputeOf(subject)).chain(dispute -> dispute == null
                ? Uni.createFrom().voidItem()
                : changes.save(DisputeLifecycle.flagOverdue(dispute, Instant.now())).replaceWithVoid());
    }
}
