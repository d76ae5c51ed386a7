package io.refunds.dispute.information;

import io.refunds.dispute.dispute.Party;
import io.refunds.dispute.dispute.PendingQuestion;
import io.refunds.events.InformationRequested;
import io.refunds.events.StatementSubmitted;
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

    /** The question InformationRequested announced, not answered yet. */
    public static InformationRequest of(InformationRequested asked) {
        InformationRequest request = new InformationRequest();
        request.id = asked.requestId();
        request.disputeId = asked.disputeId();
        request.party = Party.valueOf(asked.party());
        request.question = asked.question();
        request.askedBy = asked.askedBy();
        request.askedAt = asked.askedAt();
        request.dueAt = asked.dueAt();
        return request;
    }

    /** The question as the dispute's rules see it while it waits for an answer. */
    public PendingQuestion pending() {
        return new PendingQuestion(id, dueAt);
    }

    /** Records the party's answer StatementSubmitted announced. */
    public void answer(StatementSubmitted statement) {
        this.statement = statement.body();
        this.evidenceIds = String.join(",", statement.evidenceIds());
        this.answeredAt = statement.submittedAt();
    }
}
