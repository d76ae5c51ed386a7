package io.refunds.refund.payout;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.events.RefundDestination;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.refund.provider.PaymentProvider;
import io.refunds.refund.provider.ProviderReply;
import io.refunds.refund.refund.Refund;
import io.refunds.refund.refund.RefundRepository;
import io.refunds.refund.refund.RefundStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What happens to a FAILED provider refund: an agent retries it (a new round; the same idempotency key unless the
 * provider declined for good), or the buyer takes it in the wallet, which is recorded as their choice. Before the
 * wallet pays a refund whose last attempt may have paid, the provider is asked whether it did.
 */
@ApplicationScoped
public class FailedRefunds {

    private final RefundRepository refunds;
    private final RefundAttemptRepository attempts;
    private final ProviderAttempts providerAttempts;
    private final PaymentProvider provider;
    private final RefundCompletion completion;

    public FailedRefunds(RefundRepository refunds, RefundAttemptRepository attempts,
            ProviderAttempts providerAttempts, PaymentProvider provider, RefundCompletion completion) {
        this.refunds = refunds;
        this.attempts = attempts;
        this.providerAttempts = providerAttempts;
        this.provider = provider;
        this.completion = completion;
    }

    /** An agent sends a failed refund back to the provider. */
    @WithTransaction
    public Uni<Refund> retry(UUID refundId) {
        return failed(refundId, null).chain(refund -> {
            if (refund.destination != RefundDestination.ORIGINAL_PAYMENT) {
                throw ApiException.refusedBy(409, "NOT_A_PROVIDER_REFUND", null,
                        "refund " + refundId + " goes to the wallet; there is no provider to retry");
            }
            if (!refund.outcomeUnknown) {
                // The provider refused for good and paid nothing: a fresh key, or it would replay its refusal.
                refund.providerKeyGeneration++;
            }
            refund.round++;
            refund.attempts = 0;
            refund.status = RefundStatus.PENDING;
            refund.failedAt = null;
            return providerAttempts.schedule(refund, now()).replaceWith(refund);
        });
    }

    /** The buyer (or an agent for them) takes a failed refund in the platform wallet. */
    @WithTransaction
    public Uni<Refund> fallBackToWallet(UUID refundId, Caller caller) {
        return failed(refundId, caller).chain(refund -> {
            Uni<ProviderReply> paidAfterAll = refund.outcomeUnknown && refund.paymentReference != null
                    ? OnCallerContext.resume(provider.find(refund.paymentReference, refund.id))
                    : Uni.createFrom().item(new ProviderReply(ProviderReply.Kind.NOT_FOUND, null, "declined"));
            return paidAfterAll.chain(reply -> switch (reply.kind()) {
                case SUCCEEDED -> {
                    refund.providerRefundId = reply.providerRefundId();
                    refund.outcomeUnknown = false;
                    yield attempts.persist(RefundAttempt.of(refund, reply, now()))
                            .chain(() -> completion.issue(refund, now())).replaceWith(refund);
                }
                case PENDING -> {
                    refund.providerRefundId = reply.providerRefundId();
                    refund.status = RefundStatus.PENDING;
                    refund.failedAt = null;
                    yield attempts.persist(RefundAttempt.of(refund, reply, now()))
                            .chain(() -> providerAttempts.schedule(refund, now())).replaceWith(refund);
                }
                case UNKNOWN -> throw ApiException.refusedBy(503, "PROVIDER_UNREACHABLE", null,
                        "cannot confirm with " + refund.provider + " that it did not pay refund " + refundId
                                + "; nothing moved, try again later (" + reply.detail() + ")");
                case NOT_FOUND, DECLINED -> {
                    refund.destination = RefundDestination.WALLET;
                    refund.fallbackChosenBy = caller.id();
                    refund.fallbackChosenAt = now();
                    yield completion.issue(refund, refund.fallbackChosenAt).replaceWith(refund);
                }
            });
        });
    }

    private Uni<Refund> failed(UUID refundId, Caller buyer) {
        return refunds.lock(refundId).map(refund -> {
            if (refund == null || (buyer != null && !buyer.isStaff() && !refund.buyerId.equals(buyer.id()))) {
                throw ApiException.notFound("refund " + refundId);
            }
            if (refund.status != RefundStatus.FAILED) {
                throw ApiException.refusedBy(409, "REFUND_NOT_FAILED", null,
                        "refund " + refundId + " is " + refund.status + "; only a FAILED refund can be retried or"
                                + " moved to the wallet");
            }
            return refund;
        });
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
