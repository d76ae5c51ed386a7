package io.refunds.refund.provider;

import io.refunds.events.Money;
import java.util.UUID;

/** What a provider needs to refund a payment: the payment, the amount, our ids, and the idempotency key. */
public record ProviderRefundRequest(String paymentReference, Money amount, UUID refundId, UUID caseId,
        String idempotencyKey) {
}
