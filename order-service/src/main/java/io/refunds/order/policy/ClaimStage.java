package io.refunds.order.policy;

/**
 * When in the item's journey a claim is made, which decides its window, its reasons and its remedies: at the agent's
 * warehouse (from stock-in until shipped abroad), in transit (a claim on the international parcel: lost, seized,
 * damaged on its way; see ParcelClaims) or after delivery (from the buyer's receipt).
 */
public enum ClaimStage {
    AT_WAREHOUSE,
    IN_TRANSIT,
    AFTER_DELIVERY
}
