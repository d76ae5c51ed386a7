package io.refunds.dispute.followup;

import java.util.UUID;

/** The answer to a follow-up: its id and the dispute's priority now. */
public record FollowUpPostedResponse(UUID followUpId, int priority) {
}
