package io.refunds.dispute.followup;

import io.refunds.events.FollowUpPosted;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A party's follow-up on a dispute, kept on the case. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    public UUID id;

    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;

    @Column(name = "author_id", nullable = false)
    public String authorId;

    @Column(name = "author_role", nullable = false)
    public String authorRole;

    @Column(nullable = false)
    public String body;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    /** The follow-up FollowUpPosted announced. */
    public static FollowUp of(FollowUpPosted posted) {
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.disputeId = posted.disputeId();
        followUp.authorId = posted.authorId();
        followUp.authorRole = posted.authorRole();
        followUp.body = posted.body();
        followUp.postedAt = posted.postedAt();
        return followUp;
    }
}
