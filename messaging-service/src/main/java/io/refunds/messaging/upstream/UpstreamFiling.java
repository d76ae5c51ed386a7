package io.refunds.messaging.upstream;

import io.quarkus.logging.Log;
import io.refunds.messaging.marketplace.Marketplace;
import io.refunds.messaging.negotiation.NegotiationRecorder;
import io.refunds.platform.deadline.DeadlineHandler;
import io.refunds.platform.outbound.OnCallerContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Files an upstream refund on the marketplace when its filing falls due (a deadline, fired in its own transaction):
 * lock the refund, file it under its {@code out_refund_id} (so a filing retried after a timeout never files twice),
 * let the lifecycle take the answer, record what it decided.
 */
@ApplicationScoped
public class UpstreamFiling implements DeadlineHandler {

    private final UpstreamRefundRepository refunds;
    private final UpstreamRecorder recorder;
    private final Marketplace marketplace;
    private final UpstreamConfig config;

    public UpstreamFiling(UpstreamRefundRepository refunds, UpstreamRecorder recorder, Marketplace marketplace,
            UpstreamConfig config) {
        this.refunds = refunds;
        this.recorder = recorder;
        this.marketplace = marketplace;
        this.config = config;
    }

    @Override
    public String kind() {
        return UpstreamRecorder.FILE;
    }

    @Override
    public Uni<Void> fire(String subject) {
        UUID id = UUID.fromString(subject.substring(0, subject.indexOf(':')));
        return refunds.lock(id).chain(refund -> refund == null || refund.status != UpstreamStatus.FILING
                || refund.cancelRequested
                ? Uni.createFrom().voidItem()
                : file(refund));
    }

    private Uni<Void> file(UpstreamRefund refund) {
        return OnCallerContext.resume(marketplace.file(UpstreamRefundLifecycle.filing(refund,
                        config.evidenceBaseUrl())))
                .chain(reply -> {
                    Log.infof("case %s: filing on %s (attempt %d): %s", refund.caseId, refund.marketplace,
                            refund.attempts + 1, reply.detail());
                    return recorder.record(UpstreamRefundLifecycle.filingAnswered(refund, reply, config.rules(),
                            NegotiationRecorder.now()));
                });
    }
}
