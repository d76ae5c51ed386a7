package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The agent filed the case's refund on the marketplace the item was bought on: the marketplace's refund id, what was
 * asked for (in CNY, what the agent paid the seller), the marketplace's first state and {@code refundVersion}, and
 * when the marketplace's own clock would decide it (null: no clock running).
 */
public record UpstreamRefundFiled(
        UUID caseId,
        UUID upstreamRefundId,
        String marketplace,
        String marketplaceRefundId,
        String orderId,
        String itemId,
        String sellerId,
        Money amount,
        boolean goodsReturned,
        String status,
        long refundVersion,
        Instant marketplaceDeadline,
        Instant filedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "upstream-refund-filed:" + upstreamRefundId;
    }
}
