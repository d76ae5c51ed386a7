package io.refunds.dispute.information;

import java.util.UUID;

/** The answer to a statement: the question it answers and whether it came after the due time. */
public record StatementSubmittedResponse(UUID requestId, boolean late) {
}
