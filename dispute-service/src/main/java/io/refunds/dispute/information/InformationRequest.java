package io.refunds.dispute.information;

import io.refunds.dispute.dispute.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The agent's question to one party, and the party's statement once given; one pending per party. */
@Entity
@Table(name = "information_request")
public class InformationRequest {

    @Id
    public UUID id;

    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Party party;

    @Column(nullable = false)
    public String question;

    @Column(name = "asked_by", nullable = false)
    public String askedBy;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    public String statement;

    @Column(name = "evidence_ids", nullable = false)
    public String evidenceIds = "";

    @Column(name = "answered_at")
    public Instant answeredAt;
}
