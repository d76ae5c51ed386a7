package io.refunds.dispute.dispute;

import io.refunds.events.CaseEvent;
import java.util.List;

/**
 * What one step of {@link DisputeLifecycle} did: the dispute's new state, the events to publish (in order), and
 * whether a new decision deadline starts (a dispute opened, an appeal filed).
 */
public record DisputeChange(Dispute dispute, List<CaseEvent> events, boolean deadlineStarts) {

    public DisputeChange {
        events = List.copyOf(events);
    }

    /** The dispute as it was: nothing to publish. */
    static DisputeChange unchanged(Dispute dispute) {
        return new DisputeChange(dispute, List.of(), false);
    }

    static DisputeChange of(Dispute dispute, CaseEvent... events) {
        return new DisputeChange(dispute, List.of(events), false);
    }

    static DisputeChange startingDeadline(Dispute dispute, CaseEvent event) {
        return new DisputeChange(dispute, List.of(event), true);
    }

    /** The one event of {@code type} this step published. */
    public <E extends CaseEvent> E event(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " in " + events));
    }
}
