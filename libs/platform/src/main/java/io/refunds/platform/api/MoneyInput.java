package io.refunds.platform.api;

import io.refunds.events.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Money as a request carries it: integer minor units and an ISO-4217 code, checked field by field. */
public record MoneyInput(
        @NotNull @PositiveOrZero @Max(MoneyInput.MAX_MINOR_UNITS) Long minorUnits,
        @NotNull @CurrencyCode String currency) {

    /** Ten trillion minor units: far above any purchase, far below overflow when summed. */
    public static final long MAX_MINOR_UNITS = 10_000_000_000_000L;

    public Money toMoney() {
        return Money.of(minorUnits, currency);
    }

    public static MoneyInput of(Money money) {
        return new MoneyInput(money.minorUnits(), money.currency());
    }
}
