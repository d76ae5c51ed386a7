package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The marketplace's refund moved on (a new {@code refundVersion}): its new state and the one before, what the seller
 * said or offered, the seller's return address once a return is agreed, and when the marketplace's clock would
 * decide it next (null: no clock running).
 */
public record UpstreamRefundChanged(
        UUID caseId,
        UUID upstreamRefundId,
        String marketplace,
        String marketplaceRefundId,
        String status,
        String previousStatus,
        long refundVersion,
        Money amount,
        Money sellerOffer,
        String sellerMessage,
        String returnAddress,
        Instant marketplaceDeadline,
        Instant changedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "upstream-refund-changed:" + upstreamRefundId + ":" + refundVersion;
    }
}
