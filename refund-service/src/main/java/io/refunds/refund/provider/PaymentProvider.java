package io.refunds.refund.provider;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * The port to a payment provider that sends money back to the buyer's original payment method. Adapters never
 * fail the Uni: whatever happens on the wire becomes a {@link ProviderReply}.
 */
public interface PaymentProvider {

    /** The provider's name, used in ledger accounts ({@code provider-clearing:<name>}). */
    String name();

    /** Creates the refund; the same idempotency key on every retry makes a repeated call pay at most once. */
    Uni<ProviderReply> refund(ProviderRefundRequest request);

    /** Where a refund the provider accepted stands now. */
    Uni<ProviderReply> status(String providerRefundId);

    /** Looks for a refund this platform made on a payment, e.g. before paying it elsewhere. */
    Uni<ProviderReply> find(String paymentReference, UUID refundId);
}
