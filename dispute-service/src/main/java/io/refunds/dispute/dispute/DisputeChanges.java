package io.refunds.dispute.dispute;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.events.CaseEvent;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The last two steps of every write on a dispute, inside the caller's transaction: persist the new state (a new
 * dispute is inserted, a loaded one is already managed), start the decision deadline when the step started one, and
 * put the step's events in the outbox in order.
 */
@ApplicationScoped
public class DisputeChanges {

    private final DecisionDeadline decisionDeadline;
    private final Outbox outbox;

    public DisputeChanges(DecisionDeadline decisionDeadline, Outbox outbox) {
        this.decisionDeadline = decisionDeadline;
        this.outbox = outbox;
    }

    public Uni<DisputeChange> save(DisputeChange change) {
        Uni<Void> saved = Panache.getSession().chain(session -> session.contains(change.dispute())
                ? Uni.createFrom().voidItem()
                : session.persist(change.dispute()));
        if (change.deadlineStarts()) {
            saved = saved.chain(() -> decisionDeadline.schedule(change.dispute()));
        }
        for (CaseEvent event : change.events()) {
            saved = saved.chain(() -> outbox.publish(event)).replaceWithVoid();
        }
        return saved.replaceWith(change);
    }
}
