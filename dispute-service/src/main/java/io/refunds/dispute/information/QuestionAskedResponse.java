package io.refunds.dispute.information;

import java.time.Instant;
import java.util.UUID;

/** The answer to a question: its id and when the party's statement is due. */
public record QuestionAskedResponse(UUID requestId, Instant dueAt) {
}
