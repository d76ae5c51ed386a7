package io.refunds.order.returns;

/**
 * Where an exchange or replacement stands for its case: the new item is still awaited, it arrived where the claim
 * was made (the case closes and the item may be claimed again), or it did not come in the policy's time (the case
 * goes back to the agents' queue for a refund instead).
 */
public enum ReplacementProgress {
    AWAITED,
    ARRIVED,
    OVERDUE
}
