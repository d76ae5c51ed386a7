package io.refunds.order.timeline;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.refunds.order.cases.RefundCase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The buyer's case timeline: what happened, when, in order of occurrence. */
@ApplicationScoped
public class Timeline implements PanacheRepositoryBase<TimelineEntry, Long> {

    public Uni<TimelineEntry> record(RefundCase refundCase, UUID eventId, String eventType, String actor,
            String summary, Instant occurredAt) {
        TimelineEntry entry = new TimelineEntry();
        entry.caseId = refundCase.id;
        entry.eventId = eventId;
        entry.eventType = eventType;
        entry.actor = actor;
        entry.summary = summary;
        entry.occurredAt = occurredAt;
        return persist(entry);
    }

    public Uni<List<TimelineEntry>> of(UUID caseId) {
        return list("caseId", Sort.ascending("occurredAt", "id"), caseId);
    }
}
