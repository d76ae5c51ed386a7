package io.refunds.messaging.marketplace;

import io.refunds.events.Money;
import java.time.Instant;

/**
 * The marketplace's refund as it answered: its id, the key we filed it under, its state (Taobao's names), its
 * {@code refund_version}, what is asked and what the seller offered, what the seller said, the seller's return
 * address once a return is agreed, the refusal's reason and proof image, and when its current clock runs out.
 */
public record MarketplaceRefund(String refundId, String outRefundId, String status, long refundVersion, Money amount,
        Money sellerOffer, String sellerMessage, String returnAddress, String refuseReason, String refuseProof,
        boolean goodsReturned, Instant timeout) {
}
