package io.refunds.order.timeline;

import io.refunds.events.CaseEvent;
import io.refunds.order.cases.CaseRepository;
import io.refunds.order.cases.CaseStatus;
import io.refunds.platform.inbox.EventEnvelope;
import io.refunds.platform.inbox.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;

/** Adds an event to its case's timeline and moves the case forward, in the consumer's transaction. */
@ApplicationScoped
public class TimelineUpdater {

    private final CaseRepository cases;
    private final Timeline timeline;

    public TimelineUpdater(CaseRepository cases, Timeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    Uni<Void> apply(EventEnvelope<? extends CaseEvent> event, CaseStatus reached, String summary, Instant occurredAt) {
        // Consumers of four topics may move one case at once: the row lock keeps every status change.
        return cases.findById(event.payload().caseId(), LockModeType.PESSIMISTIC_WRITE).chain(refundCase -> {
            if (refundCase == null) {
                return Uni.createFrom().failure(new PoisonMessageException("unknown case " + event.payload().caseId()));
            }
            refundCase.advanceTo(reached, Instant.now());
            return timeline.record(refundCase, event.eventId(), event.type().payloadType().getSimpleName(), summary,
                    occurredAt).replaceWithVoid();
        });
    }
}
