package io.refunds.platform.payment;

import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundDestination;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * A case's payment terms as columns of the entity that keeps them ({@code exchange_rate}, {@code payment_reference},
 * {@code refund_destination}, {@code item_price_cny_minor}), so each service passes on what the buyer's report said.
 */
@Embeddable
public class StoredPaymentTerms {

    private static final String CNY = "CNY";

    @Column(name = "exchange_rate", precision = 24, scale = 12)
    public BigDecimal exchangeRate;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "refund_destination")
    public RefundDestination refundDestination;

    /** What the seller was paid for the item, in fen (CNY minor units). */
    @Column(name = "item_price_cny_minor")
    public Long itemPriceCnyMinor;

    public static StoredPaymentTerms of(PaymentTerms terms) {
        PaymentTerms known = PaymentTerms.orUnknown(terms);
        StoredPaymentTerms stored = new StoredPaymentTerms();
        stored.exchangeRate = known.exchangeRate();
        stored.paymentReference = known.paymentReference();
        stored.refundDestination = known.refundDestination();
        stored.itemPriceCnyMinor = known.itemPriceCny() == null ? null : known.itemPriceCny().minorUnits();
        return stored;
    }

    /** The terms as events carry them; rows written before the terms existed read as {@link PaymentTerms#UNKNOWN}. */
    public static PaymentTerms terms(StoredPaymentTerms stored) {
        return stored == null ? PaymentTerms.UNKNOWN
                : new PaymentTerms(stored.exchangeRate, stored.paymentReference, stored.refundDestination,
                        stored.itemPriceCnyMinor == null ? null : Money.of(stored.itemPriceCnyMinor, CNY));
    }
}
