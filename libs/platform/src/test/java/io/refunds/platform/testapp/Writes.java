package io.refunds.platform.testapp;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.events.CaseEvent;
import io.refunds.platform.deadline.Deadlines;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Transactions the tests start, as a service's application services would: outbox and deadline writes. */
@ApplicationScoped
public class Writes {

    private final Outbox outbox;
    private final Deadlines deadlines;

    public Writes(Outbox outbox, Deadlines deadlines) {
        this.outbox = outbox;
        this.deadlines = deadlines;
    }

    /** Publishes the events in one transaction, in order; returns their event ids. */
    @WithTransaction
    public Uni<List<UUID>> publish(List<? extends CaseEvent> events) {
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(outbox::publish)
                .collect().asList();
    }

    @WithTransaction
    public Uni<Void> schedule(String kind, List<String> subjects, Instant dueAt) {
        return Multi.createFrom().iterable(subjects)
                .onItem().transformToUniAndConcatenate(subject -> deadlines.schedule(kind, subject, dueAt))
                .collect().last().replaceWithVoid();
    }

    @WithTransaction
    public Uni<Boolean> cancel(String kind, String subject) {
        return deadlines.cancel(kind, subject);
    }
}
