package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The marketplace's refund ended without money: the seller refused (SELLER_REFUSE_BUYER, with the seller's reason and
 * proof image) or it closed (CLOSED, e.g. a return not shipped in time). The case goes to the agents.
 */
public record UpstreamRefundRefused(
        UUID caseId,
        UUID upstreamRefundId,
        String marketplace,
        String marketplaceRefundId,
        String orderId,
        String itemId,
        String sellerId,
        String status,
        String reason,
        String proofUrl,
        long refundVersion,
        Instant refusedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "upstream-refund-refused:" + upstreamRefundId;
    }
}
