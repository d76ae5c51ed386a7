package io.refunds.refund.refund;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.platform.outbound.OnCallerContext;
import io.refunds.platform.problem.ApiException;
import io.refunds.refund.provider.PaymentProvider;
import io.refunds.refund.provider.ProviderReply;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * What happens to a FAILED provider refund: an agent retries it, or the buyer takes it in the wallet. Each loads and
 * locks the refund, lets it decide, and writes what it decided; before the wallet pays a refund whose last attempt
 * may have paid, the provider is asked whether it did.
 */
@ApplicationScoped
public class FailedRefunds {

    private final RefundRepository refunds;
    private final RefundStore store;
    private final PaymentProvider provider;

    public FailedRefunds(RefundRepository refunds, RefundStore store, PaymentProvider provider) {
        this.refunds = refunds;
        this.store = store;
        this.provider = provider;
    }

    /** An agent sends a failed refund back to the provider. */
    @WithTransaction
    public Uni<Refund> retry(UUID refundId) {
        return refunds.lock(refundId)
                .map(refund -> found(refund, refundId).retry(RefundStore.now()))
                .chain(store::save);
    }

    /** The buyer (or an agent for them) takes a failed refund in the platform wallet. */
    @WithTransaction
    public Uni<Refund> fallBackToWallet(UUID refundId, String chooser, boolean staff) {
        return refunds.lock(refundId).chain(locked -> {
            Refund refund = found(locked, refundId);
            if (!refund.visibleTo(chooser, staff)) {
                throw ApiException.notFound("refund " + refundId);
            }
            refund.requireFailed();
            Uni<ProviderReply> lookup = refund.mayHavePaid()
                    ? OnCallerContext.resume(provider.find(refund.paymentReference(), refundId))
                    : Uni.createFrom().item(Refund.NOTHING_PAID);
            return lookup.map(reply -> refund.fallBackToWallet(reply, chooser, RefundStore.now()));
        }).chain(store::save);
    }

    private static Refund found(Refund refund, UUID refundId) {
        if (refund == null) {
            throw ApiException.notFound("refund " + refundId);
        }
        return refund;
    }
}
