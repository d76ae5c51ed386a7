package io.refunds.order.returns;

/**
 * Which way a return travels: from the agent's warehouse back to the seller (the item is still in China), or from the
 * buyer back to the warehouse (the item was delivered abroad).
 */
public enum ReturnRoute {
    WAREHOUSE_TO_SELLER,
    BUYER_TO_WAREHOUSE
}
