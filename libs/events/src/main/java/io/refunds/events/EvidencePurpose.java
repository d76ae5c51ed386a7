package io.refunds.events;

/**
 * What a piece of evidence is for: the warehouse's QC photos taken before the item left China (the baseline the
 * buyer's claim is compared with), or what the buyer (or a party of the case) sent to support the claim.
 */
public enum EvidencePurpose {
    QC_BASELINE,
    BUYER_EVIDENCE
}
