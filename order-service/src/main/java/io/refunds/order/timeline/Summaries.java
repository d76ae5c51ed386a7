package io.refunds.order.timeline;

import io.refunds.events.DecisionMade;
import io.refunds.events.Money;
import io.refunds.events.Remedy;
import java.math.BigDecimal;
import java.util.Currency;

/** Plain-language lines for the buyer's timeline. */
final class Summaries {

    private Summaries() {
    }

    static String outcome(DecisionMade decision) {
        String outcome = decision.outcome().name().toLowerCase().replace('_', ' ');
        return decision.refundAmount() == null ? outcome : outcome + " of " + money(decision.refundAmount());
    }

    static String remedy(Remedy remedy, Money amount) {
        String name = remedy.name().toLowerCase().replace('_', ' ');
        return amount == null ? name : name + " of " + money(amount);
    }

    /** Formats minor units with the currency's own number of decimals, e.g. 12900 USD as "129.00 USD". */
    static String money(Money money) {
        int digits = Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits());
        return BigDecimal.valueOf(money.minorUnits(), digits).toPlainString() + " " + money.currency();
    }
}
