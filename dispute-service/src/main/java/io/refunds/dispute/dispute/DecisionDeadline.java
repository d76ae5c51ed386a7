package io.refunds.dispute.dispute;

import io.refunds.events.DisputeOverdue;
import io.refunds.platform.deadline.DeadlineHandler;
import io.refunds.platform.deadline.Deadlines;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Past the decision deadline an undecided dispute is flagged overdue and DisputeOverdue goes out. */
@ApplicationScoped
public class DecisionDeadline implements DeadlineHandler {

    public static final String KIND = "decision-due";

    private final DisputeRepository disputes;
    private final Deadlines deadlines;
    private final Outbox outbox;

    public DecisionDeadline(DisputeRepository disputes, Deadlines deadlines, Outbox outbox) {
        this.disputes = disputes;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Schedules the flag for the dispute's current deadline (a decision, then possibly an appeal). */
    public Uni<Void> schedule(Dispute dispute) {
        String subject = dispute.id + "/" + dispute.status.name().toLowerCase();
        return deadlines.schedule(KIND, subject, dispute.decisionDueAt);
    }

    @Override
    public Uni<Void> fire(String subject) {
        UUID disputeId = UUID.fromString(subject.substring(0, subject.indexOf('/')));
        return disputes.lock(disputeId).chain(dispute -> {
            Instant now = Instant.now();
            if (dispute == null || !DisputeLifecycle.flagOverdue(dispute, now)) {
                return Uni.createFrom().voidItem();
            }
            return outbox.publish(new DisputeOverdue(dispute.caseId, dispute.id, dispute.assignee,
                    dispute.decisionDueAt, now)).replaceWithVoid();
        });
    }
}
