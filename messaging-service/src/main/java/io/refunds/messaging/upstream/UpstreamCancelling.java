package io.refunds.messaging.upstream;

import io.quarkus.logging.Log;
import io.refunds.messaging.marketplace.Marketplace;
import io.refunds.messaging.marketplace.MarketplaceReply;
import io.refunds.messaging.negotiation.NegotiationRecorder;
import io.refunds.platform.deadline.DeadlineHandler;
import io.refunds.platform.outbound.OnCallerContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Cancels an upstream refund on the marketplace after the buyer withdrew the case (a deadline, fired in its own
 * transaction). A refund whose filing never got an answer is looked up first by its {@code out_refund_id}; the cancel
 * names our {@code refund_version}, and when the marketplace moved on it is asked again once with the fresh one.
 */
@ApplicationScoped
public class UpstreamCancelling implements DeadlineHandler {

    private final UpstreamRefundRepository refunds;
    private final UpstreamRecorder recorder;
    private final Marketplace marketplace;
    private final UpstreamConfig config;

    public UpstreamCancelling(UpstreamRefundRepository refunds, UpstreamRecorder recorder, Marketplace marketplace,
            UpstreamConfig config) {
        this.refunds = refunds;
        this.recorder = recorder;
        this.marketplace = marketplace;
        this.config = config;
    }

    @Override
    public String kind() {
        return UpstreamRecorder.CANCEL;
    }

    @Override
    public Uni<Void> fire(String subject) {
        UUID id = UUID.fromString(subject.substring(0, subject.indexOf(':')));
        return refunds.lock(id).chain(refund -> refund == null || !refund.cancelRequested || refund.status.isEnd()
                ? Uni.createFrom().voidItem()
                : cancel(refund));
    }

    private Uni<Void> cancel(UpstreamRefund refund) {
        if (refund.marketplaceRefundId == null) {
            return OnCallerContext.resume(marketplace.find(refund.outRefundId())).chain(found -> {
                if (found.kind() == MarketplaceReply.Kind.NOT_FOUND) {
                    Log.infof("case %s: withdrawn before its refund was filed on %s; it never will be",
                            refund.caseId, refund.marketplace);
                    return Uni.createFrom().voidItem();
                }
                UpstreamChange mirrored = found.isOk()
                        ? UpstreamRefundLifecycle.observed(refund, found.refund(), config.rules(),
                                NegotiationRecorder.now())
                        : UpstreamRefundLifecycle.cancelAnswered(refund, found, config.rules(),
                                NegotiationRecorder.now());
                return recorder.record(mirrored).chain(() -> found.isOk() && !refund.status.isEnd()
                        ? cancelFiled(refund)
                        : Uni.createFrom().voidItem());
            });
        }
        return cancelFiled(refund);
    }

    private Uni<Void> cancelFiled(UpstreamRefund refund) {
        return OnCallerContext.resume(marketplace.cancel(refund.marketplaceRefundId, refund.refundVersion))
                .chain(reply -> reply.kind() == MarketplaceReply.Kind.VERSION_CONFLICT
                        ? withFreshVersion(refund, reply)
                        : answered(refund, reply));
    }

    /** The marketplace moved on (the seller wrote, say): mirror where it stands, then cancel once more with that. */
    private Uni<Void> withFreshVersion(UpstreamRefund refund, MarketplaceReply conflict) {
        return OnCallerContext.resume(marketplace.query(refund.marketplaceRefundId)).chain(fresh -> {
            if (!fresh.isOk()) {
                return answered(refund, conflict);
            }
            return recorder.record(UpstreamRefundLifecycle.observed(refund, fresh.refund(), config.rules(),
                            NegotiationRecorder.now()))
                    .chain(() -> refund.status.isEnd() ? Uni.createFrom().voidItem()
                            : OnCallerContext.resume(marketplace.cancel(refund.marketplaceRefundId,
                                    refund.refundVersion)).chain(again -> answered(refund, again)));
        });
    }

    private Uni<Void> answered(UpstreamRefund refund, MarketplaceReply reply) {
        Log.infof("case %s: cancelling on %s: %s", refund.caseId, refund.marketplace, reply.detail());
        return recorder.record(UpstreamRefundLifecycle.cancelAnswered(refund, reply, config.rules(),
                NegotiationRecorder.now()));
    }
}
