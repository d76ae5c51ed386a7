package io.refunds.dispute.decision;

import io.refunds.dispute.dispute.DecisionCommand;
import io.refunds.events.DecisionOutcome;
import io.refunds.platform.api.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An agent's decision: the outcome, the amount for a partial refund, and the rationale the parties read. */
public record DecisionRequest(
        @NotNull DecisionOutcome outcome,
        @Valid MoneyInput amount,
        @NotBlank @Size(max = 4000) String rationale) {

    /** The decision as {@code deciderId} makes it. */
    public DecisionCommand by(String deciderId) {
        return new DecisionCommand(deciderId, outcome, amount, rationale);
    }
}
