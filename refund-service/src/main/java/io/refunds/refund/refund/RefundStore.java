package io.refunds.refund.refund;

import io.refunds.events.CaseEvent;
import io.refunds.platform.deadline.Deadlines;
import io.refunds.platform.outbox.Outbox;
import io.refunds.refund.ledger.Ledger;
import io.refunds.refund.ledger.Posting;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes what a refund's transition left, in the caller's transaction: the refund, the provider's answers, the
 * ledger postings, the next provider attempt (a deadline row, so replicas never attempt one refund together and a
 * restart loses none), then the events through the outbox.
 */
@ApplicationScoped
public class RefundStore {

    /** The deadline kind of provider attempts; its subject is {@code <refund id>:<random>}. */
    public static final String ATTEMPT_DEADLINE = "refund-attempt";

    private final RefundRepository refunds;
    private final RefundAttemptRepository attempts;
    private final Ledger ledger;
    private final Deadlines deadlines;
    private final Outbox outbox;

    public RefundStore(RefundRepository refunds, RefundAttemptRepository attempts, Ledger ledger, Deadlines deadlines,
            Outbox outbox) {
        this.refunds = refunds;
        this.attempts = attempts;
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    /** Now, to the microsecond PostgreSQL keeps: what every transition is given. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The refund a provider-attempt deadline is for. */
    public static UUID refundOf(String attemptSubject) {
        return UUID.fromString(attemptSubject.substring(0, attemptSubject.indexOf(':')));
    }

    /** Writes a new refund and what its opening left; flushed first, as the ledger's rows reference it. */
    public Uni<Refund> create(RefundChange change) {
        return refunds.persistAndFlush(change.refund()).chain(() -> write(change));
    }

    /** Writes what a transition of a loaded (and locked) refund left. */
    public Uni<Refund> save(RefundChange change) {
        return write(change);
    }

    private Uni<Refund> write(RefundChange change) {
        Uni<Void> written = change.attempts().isEmpty() ? Uni.createFrom().voidItem()
                : attempts.persist(change.attempts());
        for (Posting posting : change.postings()) {
            written = written.chain(() -> ledger.post(posting));
        }
        if (change.attemptDueAt() != null) {
            written = written.chain(() -> deadlines.schedule(ATTEMPT_DEADLINE,
                    change.refund().id() + ":" + UUID.randomUUID(), change.attemptDueAt()));
        }
        for (CaseEvent event : change.events()) {
            written = written.chain(() -> outbox.publish(event)).replaceWithVoid();
        }
        return written.replaceWith(change.refund());
    }
}
