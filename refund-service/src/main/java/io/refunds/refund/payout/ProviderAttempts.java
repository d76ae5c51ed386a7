package io.refunds.refund.payout;

import io.quarkus.logging.Log;
import io.refunds.platform.deadline.DeadlineHandler;
import io.refunds.platform.deadline.Deadlines;
import io.refunds.refund.provider.PaymentProvider;
import io.refunds.refund.provider.ProviderRefundRequest;
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
 * Pays PENDING refunds through the provider, one timed attempt at a time (a deadline row, so replicas never attempt
 * one refund together and a restart loses none). Each attempt reuses the refund's idempotency key; an answer that
 * does not tell is retried with backoff until the configured attempts run out, then the refund FAILS.
 */
@ApplicationScoped
public class ProviderAttempts implements DeadlineHandler {

    static final String KIND = "refund-attempt";

    private final RefundRepository refunds;
    private final RefundAttemptRepository attempts;
    private final PaymentProvider provider;
    private final RefundCompletion completion;
    private final Deadlines deadlines;
    private final PayoutConfig config;

    public ProviderAttempts(RefundRepository refunds, RefundAttemptRepository attempts, PaymentProvider provider,
            RefundCompletion completion, Deadlines deadlines, PayoutConfig config) {
        this.refunds = refunds;
        this.attempts = attempts;
        this.provider = provider;
        this.completion = completion;
        this.deadlines = deadlines;
        this.config = config;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Plans the next call for a refund, in the caller's transaction. */
    public Uni<Void> schedule(Refund refund, Instant at) {
        refund.nextAttemptAt = at;
        return deadlines.schedule(KIND, refund.id + ":" + UUID.randomUUID(), at);
    }

    /** The provider that pays refunds to the original payment method. */
    public String providerName() {
        return provider.name();
    }

    @Override
    public Uni<Void> fire(String subject) {
        UUID refundId = UUID.fromString(subject.substring(0, subject.indexOf(':')));
        return refunds.lock(refundId).chain(refund -> refund == null || refund.status != RefundStatus.PENDING
                ? Uni.createFrom().voidItem()
                : attempt(refund));
    }

    private Uni<Void> attempt(Refund refund) {
        boolean checking = refund.providerRefundId != null;
        Uni<ProviderReply> call = checking ? provider.status(refund.providerRefundId)
                : provider.refund(new ProviderRefundRequest(refund.paymentReference, refund.amount(), refund.id,
                        refund.caseId, refund.providerIdempotencyKey()));
        return OnCallerContext.resume(call).chain(reply -> apply(refund, reply, checking));
    }

    private Uni<Void> apply(Refund refund, ProviderReply reply, boolean checking) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!checking || reply.kind() == ProviderReply.Kind.UNKNOWN) {
            refund.attempts++;
        }
        Log.infof("refund %s attempt %d/%d: %s", refund.id, refund.attempts, config.maxAttempts(), reply.detail());
        return attempts.persist(RefundAttempt.of(refund, reply, now)).chain(() -> switch (reply.kind()) {
            case SUCCEEDED -> {
                refund.providerRefundId = reply.providerRefundId();
                refund.outcomeUnknown = false;
                yield completion.issue(refund, now);
            }
            case PENDING -> {
                refund.providerRefundId = reply.providerRefundId();
                refund.outcomeUnknown = false;
                yield schedule(refund, now.plus(config.pendingCheckInterval()));
            }
            case DECLINED -> {
                refund.outcomeUnknown = false;
                yield completion.fail(refund, reply.detail(), now);
            }
            case UNKNOWN, NOT_FOUND -> {
                refund.outcomeUnknown = true;
                refund.lastError = reply.detail();
                yield refund.attempts >= config.maxAttempts()
                        ? completion.fail(refund, reply.detail() + " (after " + refund.attempts + " attempts)", now)
                        : schedule(refund, now.plus(config.backoffAfter(refund.attempts)));
            }
        });
    }
}
