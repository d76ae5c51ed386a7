package io.refunds.order.timeline;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The case timeline: what happened, when, in order of occurrence; each line stored as data (code and params). */
@ApplicationScoped
public class Timeline implements PanacheRepositoryBase<TimelineEntry, Long> {

    /** Keeps the line as data, with its neutral (staff) wording as the summary for readers that predate codes. */
    public Uni<TimelineEntry> record(UUID caseId, UUID eventId, String eventType, String actor, TimelineLine line,
            Instant occurredAt) {
        TimelineEntry entry = new TimelineEntry();
        entry.caseId = caseId;
        entry.eventId = eventId;
        entry.eventType = eventType;
        entry.actor = actor;
        entry.code = line.code().name();
        entry.params = JsonObject.mapFrom(line.params()).encode();
        entry.summary = TimelineText.render(line, Audience.STAFF);
        entry.occurredAt = occurredAt;
        return persist(entry);
    }

    /** What the case's timeline shows as refunded for {@code cause} ({@code decision:<id>}), in minor units. */
    public Uni<Long> refundedFor(UUID caseId, String cause) {
        return getSession().chain(session -> session.createNativeQuery("select coalesce(sum(("
                        + "params::jsonb -> 'amount' ->> 'minorUnits')::bigint), 0) from timeline_entry where case_id = :caseId"
                        + " and code = 'REFUND_ISSUED' and params::jsonb ->> 'cause' = :cause", Long.class)
                .setParameter("caseId", caseId).setParameter("cause", cause).getSingleResult());
    }
}
