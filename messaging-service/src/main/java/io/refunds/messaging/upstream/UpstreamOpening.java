package io.refunds.messaging.upstream;

import io.refunds.events.IssueReported;
import io.refunds.messaging.negotiation.NegotiationRecorder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * IssueReported of an item the agent bought on a marketplace opens its upstream refund, in the inbox row's
 * transaction (the same one that opens the conversation); the filing follows as a deadline. A withdrawal cancels it.
 */
@ApplicationScoped
public class UpstreamOpening {

    private final UpstreamRefundRepository refunds;
    private final UpstreamRecorder recorder;
    private final UpstreamConfig config;

    public UpstreamOpening(UpstreamRefundRepository refunds, UpstreamRecorder recorder, UpstreamConfig config) {
        this.refunds = refunds;
        this.recorder = recorder;
        this.config = config;
    }

    /** CaseWithdrawn: the case's refund on the marketplace is cancelled there (or never filed). */
    public Uni<Void> withdrawn(UUID caseId) {
        return refunds.lockOfCase(caseId).chain(refund -> UpstreamRefundLifecycle.withdrawn(refund,
                NegotiationRecorder.now()) ? recorder.cancelling(refund) : Uni.createFrom().voidItem());
    }

    public Uni<Void> open(IssueReported claim) {
        if (!claim.boughtUpstream()) {
            return Uni.createFrom().voidItem();
        }
        return refunds.lockOfCase(claim.caseId()).chain(existing -> {
            UpstreamRefund opened = UpstreamRefundLifecycle.open(existing, claim, config.rules(),
                    NegotiationRecorder.now());
            return opened == null ? Uni.createFrom().voidItem() : recorder.opened(opened);
        });
    }
}
