package io.refunds.dispute.dispute;

import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.api.RemedyAmounts;
import io.refunds.platform.problem.ApiException;

/**
 * What a decision owes the buyer: the same rule as any remedy ({@link RemedyAmounts}); a rejection moves no
 * money.
 */
final class RefundAmountRule {

    private static final String FIELD = "amount";

    private RefundAmountRule() {
    }

    static Money owed(DecisionOutcome outcome, MoneyInput amount, Money paid) {
        return switch (outcome) {
            case FULL_REFUND -> RemedyAmounts.owed(Remedy.FULL_REFUND, amount, paid, FIELD);
            case PARTIAL_REFUND -> RemedyAmounts.owed(Remedy.PARTIAL_REFUND, amount, paid, FIELD);
            case REPLACEMENT -> RemedyAmounts.owed(Remedy.REPLACEMENT, amount, paid, FIELD);
            case RETURN_AND_REFUND -> RemedyAmounts.owed(Remedy.RETURN_AND_REFUND, amount, paid, FIELD);
            case REJECTED -> {
                if (amount != null) {
                    throw ApiException.invalid(FIELD, "must be absent for a rejection");
                }
                yield null;
            }
        };
    }
}
