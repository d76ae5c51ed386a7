package io.refunds.messaging.upstream;

import io.refunds.platform.api.MoneyInput;
import java.time.Instant;
import java.util.UUID;

/**
 * A case's refund on the marketplace, as the agents and the purchaser see it: what was filed, where the marketplace
 * says it stands (state, version, its next clock), what the seller offered or said, and the last error of a call.
 */
public record UpstreamRefundView(UUID upstreamRefundId, UUID caseId, String marketplace, String marketplaceOrderId,
        String marketplaceItemId, String purchaserId, String marketplaceRefundId, UpstreamStatus status,
        Long refundVersion, MoneyInput amount, MoneyInput sellerOffer, String sellerMessage, String returnAddress,
        String refuseReason, String refuseProof, Instant marketplaceDeadline, int attempts, String lastError,
        Instant openedAt, Instant filedAt, Instant updatedAt) {

    static UpstreamRefundView of(UpstreamRefund refund) {
        return new UpstreamRefundView(refund.id, refund.caseId, refund.marketplace, refund.marketplaceOrderId,
                refund.marketplaceItemId, refund.purchaserId, refund.marketplaceRefundId, refund.status,
                refund.refundVersion, MoneyInput.of(refund.amount()),
                refund.sellerOffer() == null ? null : MoneyInput.of(refund.sellerOffer()), refund.sellerMessage,
                refund.returnAddress, refund.refuseReason, refund.refuseProof, refund.marketplaceDeadline,
                refund.attempts, refund.lastError, refund.openedAt, refund.filedAt, refund.updatedAt);
    }
}
