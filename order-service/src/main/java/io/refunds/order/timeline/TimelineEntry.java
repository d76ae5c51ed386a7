package io.refunds.order.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event on a case's timeline, kept once per event id. */
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

    @Column(nullable = false)
    public String summary;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
