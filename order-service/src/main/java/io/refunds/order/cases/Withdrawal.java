package io.refunds.order.cases;

import java.util.UUID;

/** The answer to a withdrawal: the case and where it stands now ({@code CLOSED}). */
public record Withdrawal(UUID caseId, CaseStatus status) {
}
