package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The marketplace refunded the agent: the seller's money for the item ({@code amount}, CNY) is on its way back, which
 * collects what the seller owes for the case.
 */
public record UpstreamRefundSucceeded(
        UUID caseId,
        UUID upstreamRefundId,
        String marketplace,
        String marketplaceRefundId,
        String orderId,
        String itemId,
        String sellerId,
        Money amount,
        long refundVersion,
        Instant succeededAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "upstream-refund-succeeded:" + upstreamRefundId;
    }
}
