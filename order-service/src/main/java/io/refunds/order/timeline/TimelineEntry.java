package io.refunds.order.timeline;

import io.vertx.core.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import java.time.Instant;
import java.util.UUID;

/** One event on a case's timeline, kept once per event id: a line as data, worded for each reader at read time. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** Who acted: a user id, or {@code system} for what the platform did by itself. */
    @Column(nullable = false)
    public String actor;

    /** The kind of line ({@link TimelineCode}); null on lines written before codes. */
    public String code;

    /** What the line says, as data: {@link TimelineParams} as JSON text (a jsonb column); null before codes. */
    @ColumnTransformer(read = "cast(params as text)", write = "cast(cast(? as text) as jsonb)")
    public String params;

    /** The line in neutral English, shown when there is no code this version can word. */
    @Column(nullable = false)
    public String summary;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The line as data, or null for a line written before codes (or with a code this version lacks). */
    public TimelineLine line() {
        TimelineCode known = TimelineCode.parse(code);
        if (known == null) {
            return null;
        }
        return new TimelineLine(known,
                params == null ? TimelineParams.NONE : new JsonObject(params).mapTo(TimelineParams.class));
    }
}
