package io.refunds.dispute.appeal;

import io.refunds.dispute.dispute.Party;
import io.refunds.events.AppealFiled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A party's appeal of a decision; one per party per dispute. */
@Entity
@Table(name = "appeal")
public class Appeal {

    @Id
    public UUID id;

    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Party party;

    @Column(name = "appellant_id", nullable = false)
    public String appellantId;

    @Column(name = "appealed_decision_id", nullable = false)
    public UUID appealedDecisionId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "evidence_ids", nullable = false)
    public String evidenceIds = "";

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    /** The appeal AppealFiled announced. */
    public static Appeal of(AppealFiled filed) {
        Appeal appeal = new Appeal();
        appeal.id = UUID.randomUUID();
        appeal.disputeId = filed.disputeId();
        appeal.party = Party.valueOf(filed.party());
        appeal.appellantId = filed.appellantId();
        appeal.appealedDecisionId = filed.appealedDecisionId();
        appeal.reason = filed.reason();
        appeal.evidenceIds = String.join(",", filed.evidenceIds());
        appeal.filedAt = filed.filedAt();
        return appeal;
    }
}
