package io.refunds.dispute.dispute;

import io.refunds.events.DecisionOutcome;
import io.refunds.platform.api.MoneyInput;

/** Who decides, and what: the outcome, the amount of a partial refund, and the rationale the parties read. */
public record DecisionCommand(String deciderId, DecisionOutcome outcome, MoneyInput amount, String rationale) {
}
