package io.refunds.dispute.dispute;

import io.refunds.events.DecisionOutcome;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.api.RefundLines;
import java.util.List;

/**
 * Who decides, and what: the outcome, the amount of a partial refund (or the cost lines it refunds, instead or adding
 * up to it), and the rationale the parties read.
 */
public record DecisionCommand(String deciderId, DecisionOutcome outcome, MoneyInput amount, String rationale,
        List<RefundLines.Named> lines) {

    public DecisionCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A decision that names no lines. */
    public DecisionCommand(String deciderId, DecisionOutcome outcome, MoneyInput amount, String rationale) {
        this(deciderId, outcome, amount, rationale, List.of());
    }
}
