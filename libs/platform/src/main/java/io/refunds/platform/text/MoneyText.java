package io.refunds.platform.text;

import io.refunds.events.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** Money as a person reads it: minor units written with the currency's exponent, e.g. 700 USD as "7.00 USD". */
public final class MoneyText {

    private MoneyText() {
    }

    /** "129.00 USD", "1300 JPY", "1.500 KWD"; a code without an exponent (XXX) is written in whole units. */
    public static String format(Money money) {
        return BigDecimal.valueOf(money.minorUnits(), fractionDigits(money.currency())).toPlainString() + " "
                + money.currency();
    }

    /** The currency's number of decimals (2 when the JDK does not know the code, 0 when it has none). */
    public static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            return 2;
        }
    }
}
