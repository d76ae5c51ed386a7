package io.refunds.messaging.upstream;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.messaging.marketplace.Marketplace;
import io.refunds.messaging.marketplace.PushedChange;
import io.refunds.messaging.negotiation.NegotiationRecorder;
import io.refunds.platform.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * A marketplace's change notification: only a signed one counts, and it only wakes the poll of the refund it names
 * (the query answers the whole refund, so a forged, repeated or out-of-order push can never change it by itself).
 */
@ApplicationScoped
public class UpstreamPushes {

    private final Marketplace marketplace;
    private final UpstreamRefundRepository refunds;
    private final UpstreamRecorder recorder;

    public UpstreamPushes(Marketplace marketplace, UpstreamRefundRepository refunds, UpstreamRecorder recorder) {
        this.marketplace = marketplace;
        this.refunds = refunds;
        this.recorder = recorder;
    }

    /** Whether the push named a refund of ours, now polled; a bad signature is a 401. */
    @WithTransaction
    public Uni<Boolean> received(byte[] body, String signature) {
        PushedChange change = marketplace.verifiedPush(body, signature).orElseThrow(() -> new ApiException(401,
                "Unauthorized", "the notification's X-Marketplace-Signature is not the marketplace's", List.of()));
        return refunds.ofMarketplaceRefund(change.refundId())
                .chain(refund -> refund != null ? Uni.createFrom().item(refund) : filedAs(change))
                .chain(refund -> wake(refund, change));
    }

    /** Polls the refund now, unless the push is about nothing of ours, an ended refund, or a version we have. */
    private Uni<Boolean> wake(UpstreamRefund refund, PushedChange change) {
        if (refund == null) {
            return Uni.createFrom().item(false);
        }
        if (refund.status.isEnd() || (refund.refundVersion != null && change.refundVersion() <= refund.refundVersion)) {
            return Uni.createFrom().item(true);
        }
        return recorder.pollNow(refund.id, NegotiationRecorder.now()).replaceWith(true);
    }

    /**
     * A push may overtake the answer to our filing (the marketplace notifies before it answers): the refund is then
     * still FILING, found by the key we filed it under (the case id), and the poll waits for the filing's lock.
     */
    private Uni<UpstreamRefund> filedAs(PushedChange change) {
        UUID caseId;
        try {
            caseId = change.outRefundId() == null ? null : UUID.fromString(change.outRefundId());
        } catch (IllegalArgumentException notOurs) {
            caseId = null;
        }
        return caseId == null ? Uni.createFrom().nullItem() : refunds.ofCase(caseId);
    }
}
