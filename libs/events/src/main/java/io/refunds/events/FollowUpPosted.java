package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** A party followed up on a dispute; on an overdue dispute it raises its priority. */
public record FollowUpPosted(UUID caseId, UUID disputeId, String authorId, String authorRole, String body,
        int priority, Instant postedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "follow-up:" + disputeId + ":" + authorId + ":" + postedAt;
    }
}
