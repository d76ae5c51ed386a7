package io.refunds.dispute.escalation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The case to escalate and, optionally, why. */
public record EscalationRequest(@NotNull UUID caseId, @Size(max = 2000) String reason) {
}
