package io.refunds.dispute.dispute;

import java.time.Instant;
import java.util.UUID;

/** The question waiting for a party's statement, and when the answer is due. */
public record PendingQuestion(UUID requestId, Instant dueAt) {
}
