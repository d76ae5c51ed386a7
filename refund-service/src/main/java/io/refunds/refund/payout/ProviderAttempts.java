package io.refunds.refund.payout;

import io.quarkus.logging.Log;
import io.refunds.platform.deadline.DeadlineHandler;
import io.refunds.platform.outbound.OnCallerContext;
import io.refunds.refund.provider.PaymentProvider;
import io.refunds.refund.provider.ProviderReply;
import io.refunds.refund.refund.Refund;
import io.refunds.refund.refund.RefundChange;
import io.refunds.refund.refund.RefundRepository;
import io.refunds.refund.refund.RefundStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pays PENDING refunds through the provider when their attempt falls due (a deadline, fired in its own
 * transaction): lock the refund, call the provider (or check a refund it accepted), let the refund take the answer,
 * write what it decided.
 */
@ApplicationScoped
public class ProviderAttempts implements DeadlineHandler {

    private final RefundRepository refunds;
    private final RefundStore store;
    private final PaymentProvider provider;
    private final PayoutConfig config;

    public ProviderAttempts(RefundRepository refunds, RefundStore store, PaymentProvider provider,
            PayoutConfig config) {
        this.refunds = refunds;
        this.store = store;
        this.provider = provider;
        this.config = config;
    }

    @Override
    public String kind() {
        return RefundStore.ATTEMPT_DEADLINE;
    }

    @Override
    public Uni<Void> fire(String subject) {
        return refunds.lock(RefundStore.refundOf(subject)).chain(refund -> refund == null || !refund.awaitsProvider()
                ? Uni.createFrom().voidItem()
                : attempt(refund));
    }

    private Uni<Void> attempt(Refund refund) {
        Uni<ProviderReply> call = refund.checksProvider() ? provider.status(refund.providerRefundId())
                : provider.refund(refund.providerRequest());
        return OnCallerContext.resume(call).chain(reply -> {
            RefundChange answered = refund.providerAnswered(reply, RefundStore.now(), config.retryPolicy());
            Log.infof("refund %s attempt %d/%d: %s", refund.id(), refund.attempts(), config.maxAttempts(),
                    reply.detail());
            return store.save(answered).replaceWithVoid();
        });
    }
}
