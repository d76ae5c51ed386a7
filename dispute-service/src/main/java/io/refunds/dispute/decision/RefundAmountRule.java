package io.refunds.dispute.decision;

import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import io.refunds.platform.api.MoneyInput;
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
        Money refund = amount.toMoney();
        if (!refund.currency().equals(paid.currency())) {
            throw ApiException.invalid("amount.currency", "must be " + paid.currency() + ", the currency the buyer paid");
        }
        if (refund.minorUnits() == 0) {
            throw ApiException.invalid("amount.minorUnits", "must be above zero for a partial refund");
        }
        if (refund.exceeds(paid)) {
            throw ApiException.invalid("amount.minorUnits", "must not exceed what the buyer paid (" + paid.minorUnits() + ")");
        }
        return refund;
    }

    private static Money noMoney(DecisionOutcome outcome, MoneyInput amount) {
        if (amount != null) {
            throw ApiException.invalid("amount", "must be absent for " + outcome);
        }
        return null;
    }
}
