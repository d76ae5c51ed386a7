package io.refunds.dispute.decision;

import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.api.PaidAmount;
import io.refunds.platform.problem.ApiException;

/**
 * What a decision owes the buyer: a full refund is what they paid, a partial refund the amount the agent
 * names (in the currency paid, above zero, never above what was paid); other outcomes move no money.
 */
final class RefundAmountRule {

    private RefundAmountRule() {
    }

    static Money owed(DecisionOutcome outcome, MoneyInput amount, Money paid) {
        return switch (outcome) {
            case FULL_REFUND -> fullRefund(amount, paid);
            case PARTIAL_REFUND -> partialRefund(amount, paid);
            case REPLACEMENT, REJECTED -> noMoney(outcome, amount);
        };
    }

    private static Money fullRefund(MoneyInput amount, Money paid) {
        if (amount != null && !amount.toMoney().equals(paid)) {
            throw ApiException.invalid("amount", "must be absent or equal what the buyer paid for a full refund");
        }
        return paid;
    }

    private static Money partialRefund(MoneyInput amount, Money paid) {
        if (amount == null) {
            throw ApiException.invalid("amount", "is required for a partial refund");
        }
        return PaidAmount.within(amount, paid, "amount");
    }

    private static Money noMoney(DecisionOutcome outcome, MoneyInput amount) {
        if (amount != null) {
            throw ApiException.invalid("amount", "must be absent for " + outcome);
        }
        return null;
    }
}
