package io.refunds.dispute.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event in the case file: what happened, who did it, and the evidence it carried (with hashes). */
@Entity
@Table(name = "case_file_entry")
public class CaseFileEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(name = "entry_type", nullable = false)
    @Convert(converter = CaseFileEntryType.Column.class)
    public CaseFileEntryType entryType;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String summary;

    /** The evidence references as JSON (id, content type, SHA-256). */
    @Column(nullable = false)
    public String evidence;

    /** A deadline the event set (the seller's answer), if any. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
