package io.refunds.platform.api;

import io.refunds.events.Money;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.MoneyText;

/** The rule every refund amount follows: in the currency paid, above zero, never above what was paid. */
public final class PaidAmount {

    private PaidAmount() {
    }

    /** Returns the amount as money, or fails with 400 naming {@code field}'s part that breaks the rule. */
    public static Money within(MoneyInput amount, Money paid, String field) {
        if (amount == null) {
            throw ApiException.invalid(field, "is required");
        }
        Money money = amount.toMoney();
        if (!money.currency().equals(paid.currency())) {
            throw ApiException.invalid(field + ".currency", "must be " + paid.currency() + ", the currency the buyer paid");
        }
        if (money.minorUnits() == 0) {
            throw ApiException.invalid(field + ".minorUnits", "must be above zero");
        }
        if (money.exceeds(paid)) {
            throw ApiException.invalid(field + ".minorUnits", "must not exceed what the buyer paid ("
                    + MoneyText.format(paid) + ", " + paid.minorUnits() + " minor units)");
        }
        return money;
    }
}
