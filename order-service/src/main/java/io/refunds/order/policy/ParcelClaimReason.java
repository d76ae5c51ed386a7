package io.refunds.order.policy;

/**
 * What went wrong with an international parcel on its way to the buyer: lost (no carrier scan for the policy's time,
 * or the carrier says so), seized by customs, or damaged in transit (claimed once delivered, with photos).
 */
public enum ParcelClaimReason {
    LOST,
    SEIZED,
    DAMAGED_IN_TRANSIT
}
