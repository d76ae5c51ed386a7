package io.refunds.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * How the buyer paid for an item and wants money back: the exchange rate locked at payment (units of the buyer's
 * currency per one CNY, exact decimal written as a string), the payment provider's reference of the original payment
 * (e.g. a Stripe PaymentIntent id), the refund destination the buyer chose, and (added within v1) what the seller was
 * paid for the item in CNY, from which the agent's recovery from the seller is computed.
 */
public record PaymentTerms(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal exchangeRate,
        String paymentReference,
        RefundDestination refundDestination,
        Money itemPriceCny) {

    /** Terms of an event written before they existed: the wallet, no rate, no reference. */
    public static final PaymentTerms UNKNOWN = new PaymentTerms(null, null, RefundDestination.WALLET, null);

    /** Terms without the seller's CNY price (events written before it was carried). */
    public PaymentTerms(BigDecimal exchangeRate, String paymentReference, RefundDestination refundDestination) {
        this(exchangeRate, paymentReference, refundDestination, null);
    }

    public PaymentTerms {
        refundDestination = refundDestination == null ? RefundDestination.WALLET : refundDestination;
        exchangeRate = exchangeRate == null ? null : plain(exchangeRate);
    }

    /** The same rate however a database column padded it: 0.138300000000 is 0.1383, never 1E+2. */
    private static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The terms themselves, or {@link #UNKNOWN} when an event carried none. */
    public static PaymentTerms orUnknown(PaymentTerms terms) {
        return terms == null ? UNKNOWN : terms;
    }
}
