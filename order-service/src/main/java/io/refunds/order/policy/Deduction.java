package io.refunds.order.policy;

/**
 * What is kept from a refund, by the agent: the postage of returning the item to the seller inside China, and the
 * return fee of a buyer-fault return past the buyer's monthly free quota.
 */
public enum Deduction {
    RETURN_SHIPPING,
    RETURN_FEE
}
