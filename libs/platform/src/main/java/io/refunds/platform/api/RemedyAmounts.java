package io.refunds.platform.api;

import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.platform.problem.ApiException;

/**
 * The money a remedy moves: a full refund is what was paid; a partial refund names an amount; a return is
 * refunded in whole unless an amount is named; a replacement moves no money. Amounts follow {@link PaidAmount}.
 */
public final class RemedyAmounts {

    private RemedyAmounts() {
    }

    /** The amount owed under {@code remedy}, or null for a replacement; 400 naming {@code field} otherwise. */
    public static Money owed(Remedy remedy, MoneyInput amount, Money paid, String field) {
        return switch (remedy) {
            case FULL_REFUND -> {
                if (amount != null && !amount.toMoney().equals(paid)) {
                    throw ApiException.invalid(field, "must be absent or equal what was paid for a full refund");
                }
                yield paid;
            }
            case PARTIAL_REFUND -> PaidAmount.within(amount, paid, field);
            case RETURN_AND_REFUND -> amount == null ? paid : PaidAmount.within(amount, paid, field);
            case REPLACEMENT -> {
                if (amount != null) {
                    throw ApiException.invalid(field, "must be absent for a replacement");
                }
                yield null;
            }
        };
    }
}
