package io.refunds.order.policy;

/**
 * Who bears a refunded cost line in the ledger: the seller (recovered through the upstream marketplace refund), the
 * agent (its own expense), the carrier or its insurer (a claim on the parcel's insurance).
 */
public enum Bearer {
    SELLER,
    AGENT,
    CARRIER
}
