package io.refunds.order.cases;

import io.refunds.platform.deadline.DeadlineHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A replacement's due time passed: one still awaited is overdue and its case goes back to the agents' queue. */
@ApplicationScoped
public class ReplacementDueDeadline implements DeadlineHandler {

    private final ReplacementActions actions;

    public ReplacementDueDeadline(ReplacementActions actions) {
        this.actions = actions;
    }

    @Override
    public String kind() {
        return ReplacementOpening.DUE;
    }

    @Override
    public Uni<Void> fire(String subject) {
        return actions.overdue(UUID.fromString(subject));
    }
}
