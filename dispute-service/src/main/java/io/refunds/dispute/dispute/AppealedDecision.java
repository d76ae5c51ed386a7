package io.refunds.dispute.dispute;

import java.util.UUID;

/** The decision an appeal is about, and who made it (they may not decide the appeal). */
public record AppealedDecision(UUID decisionId, String decidedBy) {
}
