package io.refunds.order.cases;

import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.api.PaidAmount;
import io.refunds.platform.problem.ApiException;

/**
 * What the buyer asks for in money: a full refund is what they paid; a partial refund names an amount; a
 * return is refunded in whole unless an amount is named; a replacement asks for no money.
 */
final class RequestedAmountRule {

    private static final String FIELD = "requestedAmount";

    private RequestedAmountRule() {
    }

    static Money requested(Remedy outcome, MoneyInput amount, Money paid) {
        return switch (outcome) {
            case FULL_REFUND -> {
                if (amount != null && !amount.toMoney().equals(paid)) {
                    throw ApiException.invalid(FIELD, "must be absent or equal what was paid for a full refund");
                }
                yield paid;
            }
            case PARTIAL_REFUND -> PaidAmount.within(amount, paid, FIELD);
            case RETURN_AND_REFUND -> amount == null ? paid : PaidAmount.within(amount, paid, FIELD);
            case REPLACEMENT -> {
                if (amount != null) {
                    throw ApiException.invalid(FIELD, "must be absent for a replacement");
                }
                yield null;
            }
        };
    }
}
