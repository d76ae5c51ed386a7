package io.refunds.refund.refund;

import io.refunds.events.Money;
import io.refunds.platform.text.MoneyText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What the agent recovers from the seller for a refund, in CNY, exact decimals and never floating point.
 * <ul>
 * <li>With the seller's CNY price of the item: the share of that price which the buyer's refunds on the item now
 * cover (every refund so far plus this one, over what the buyer paid), rounded half-even to the fen, less what the
 * earlier refunds already recover. A full refund recovers exactly the price; the parts of an item never add up to
 * more than its price, however the refunds were split.</li>
 * <li>Without it (events written before the price was carried): the buyer's amount at the exchange rate locked at
 * payment (units of the buyer's currency per one CNY); absent when there is no rate either.</li>
 * </ul>
 */
public final class SellerLeg {

    public static final String CNY = "CNY";

    private SellerLeg() {
    }

    /** The item's refunds as they stand before this one, in the buyer's currency and (recovered) in CNY. */
    public record ItemSoFar(Money paid, Money refunded, long recoveredCny) {
    }

    public static Optional<Money> recovery(Money refund, ItemSoFar soFar, Money itemPriceCny, BigDecimal exchangeRate) {
        if (itemPriceCny != null && soFar.paid() != null && soFar.paid().minorUnits() > 0) {
            long covered = Math.min(soFar.refunded().minorUnits() + refund.minorUnits(), soFar.paid().minorUnits());
            long share = new BigDecimal(BigInteger.valueOf(itemPriceCny.minorUnits()).multiply(BigInteger.valueOf(covered)))
                    .divide(BigDecimal.valueOf(soFar.paid().minorUnits()), 0, RoundingMode.HALF_EVEN).longValueExact();
            return Optional.of(Money.of(Math.max(0, share - soFar.recoveredCny()), CNY));
        }
        return inCny(refund, exchangeRate);
    }

    /** The buyer's amount in CNY at the locked rate (the rule before the seller's price was known). */
    public static Optional<Money> inCny(Money buyerAmount, BigDecimal exchangeRate) {
        if (buyerAmount.currency().equals(CNY)) {
            return Optional.of(buyerAmount);
        }
        if (exchangeRate == null || exchangeRate.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal major = BigDecimal.valueOf(buyerAmount.minorUnits())
                .movePointLeft(MoneyText.fractionDigits(buyerAmount.currency()));
        BigDecimal cny = major.divide(exchangeRate, MoneyText.fractionDigits(CNY), RoundingMode.HALF_EVEN);
        return Optional.of(Money.of(cny.movePointRight(MoneyText.fractionDigits(CNY)).longValueExact(), CNY));
    }
}
