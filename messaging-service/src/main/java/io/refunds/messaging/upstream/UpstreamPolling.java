package io.refunds.messaging.upstream;

import io.refunds.messaging.marketplace.Marketplace;
import io.refunds.messaging.negotiation.NegotiationRecorder;
import io.refunds.platform.deadline.DeadlineHandler;
import io.refunds.platform.outbound.OnCallerContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Asks the marketplace where an upstream refund stands when a poll falls due (the fallback every poll interval, or at
 * once after a push): lock the refund, query it, mirror what is newer.
 */
@ApplicationScoped
public class UpstreamPolling implements DeadlineHandler {

    private final UpstreamRefundRepository refunds;
    private final UpstreamRecorder recorder;
    private final Marketplace marketplace;
    private final UpstreamConfig config;

    public UpstreamPolling(UpstreamRefundRepository refunds, UpstreamRecorder recorder, Marketplace marketplace,
            UpstreamConfig config) {
        this.refunds = refunds;
        this.recorder = recorder;
        this.marketplace = marketplace;
        this.config = config;
    }

    @Override
    public String kind() {
        return UpstreamRecorder.POLL;
    }

    @Override
    public Uni<Void> fire(String subject) {
        UUID id = UUID.fromString(subject.substring(0, subject.indexOf(':')));
        return refunds.lock(id).chain(refund -> refund == null || refund.marketplaceRefundId == null
                || refund.status.isEnd()
                ? Uni.createFrom().voidItem()
                : OnCallerContext.resume(marketplace.query(refund.marketplaceRefundId))
                        .chain(reply -> recorder.record(UpstreamRefundLifecycle.polled(refund, reply,
                                config.rules(), NegotiationRecorder.now()))));
    }
}
