package io.refunds.dispute.decision;

import io.refunds.dispute.dispute.DecisionCommand;
import io.refunds.events.DecisionOutcome;
import io.refunds.platform.api.BreakdownJson;
import io.refunds.platform.api.LineInput;
import io.refunds.platform.api.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An agent's decision: the outcome, the amount for a partial refund (or the item's cost lines it refunds, instead or
 * adding up to it), and the rationale the parties read.
 */
public record DecisionRequest(
        @NotNull DecisionOutcome outcome,
        @Valid MoneyInput amount,
        @NotBlank @Size(max = 4000) String rationale,
        @Valid @Size(max = 6) List<@NotNull @Valid LineInput> lines) {

    /** A decision that names no lines. */
    public DecisionRequest(DecisionOutcome outcome, MoneyInput amount, String rationale) {
        this(outcome, amount, rationale, null);
    }

    /** The decision as {@code deciderId} makes it. */
    public DecisionCommand by(String deciderId) {
        return new DecisionCommand(deciderId, outcome, amount, rationale, BreakdownJson.named(lines));
    }
}
