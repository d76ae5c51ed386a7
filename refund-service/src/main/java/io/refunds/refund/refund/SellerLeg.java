package io.refunds.refund.refund;

import io.refunds.events.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * What the agent recovers from the seller for a refund: the buyer's amount in CNY at the exchange rate locked at
 * payment (units of the buyer's currency per one CNY), rounded half-even to the fen. Exact decimals, never floating
 * point; absent when the order carried no rate.
 */
public final class SellerLeg {

    public static final String CNY = "CNY";

    private SellerLeg() {
    }

    public static Optional<Money> inCny(Money buyerAmount, BigDecimal exchangeRate) {
        if (buyerAmount.currency().equals(CNY)) {
            return Optional.of(buyerAmount);
        }
        if (exchangeRate == null || exchangeRate.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal major = BigDecimal.valueOf(buyerAmount.minorUnits()).movePointLeft(fractionDigits(buyerAmount));
        BigDecimal cny = major.divide(exchangeRate, fractionDigits(CNY), RoundingMode.HALF_EVEN);
        return Optional.of(Money.of(cny.movePointRight(fractionDigits(CNY)).longValueExact(), CNY));
    }

    private static int fractionDigits(Money money) {
        return fractionDigits(money.currency());
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknownCurrency) {
            return 2;
        }
    }
}
