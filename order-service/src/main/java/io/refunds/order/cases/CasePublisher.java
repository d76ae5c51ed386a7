package io.refunds.order.cases;

import io.refunds.order.cases.CaseLifecycle.Announcement;
import io.refunds.order.timeline.Timeline;
import io.refunds.order.timeline.TimelineEntry;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The last step of every write on a case: each event a {@link CaseLifecycle} step announced goes to the outbox, and
 * its line onto the case's timeline under the event's id, in the caller's transaction.
 */
@ApplicationScoped
public class CasePublisher {

    private final Outbox outbox;
    private final Timeline timeline;

    public CasePublisher(Outbox outbox, Timeline timeline) {
        this.outbox = outbox;
        this.timeline = timeline;
    }

    /** Publishes the announcements in order; returns the timeline entries they wrote. */
    public Uni<List<TimelineEntry>> publish(UUID caseId, List<Announcement> announcements) {
        List<TimelineEntry> written = new ArrayList<>(announcements.size());
        Uni<Void> done = Uni.createFrom().voidItem();
        for (Announcement announcement : announcements) {
            done = done.chain(() -> outbox.publish(announcement.event())
                    .chain(eventId -> timeline.record(caseId, eventId, announcement.eventType(), announcement.actor(),
                            announcement.line(), announcement.occurredAt()))
                    .invoke(written::add)
                    .replaceWithVoid());
        }
        return done.map(ignored -> written);
    }
}
