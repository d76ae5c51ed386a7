package io.refunds.events;

import java.util.Objects;
import java.util.regex.Pattern;

/** An amount of money in integer minor units of an ISO-4217 currency; never floating point. */
public record Money(long minorUnits, String currency) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO-4217 code of three capital letters");
        }
        if (minorUnits < 0) {
            throw new IllegalArgumentException("minorUnits must not be negative");
        }
    }

    public static Money of(long minorUnits, String currency) {
        return new Money(minorUnits, currency);
    }

    public boolean exceeds(Money other) {
        requireSameCurrency(other);
        return minorUnits > other.minorUnits;
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.max(0, minorUnits - other.minorUnits), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }
}
