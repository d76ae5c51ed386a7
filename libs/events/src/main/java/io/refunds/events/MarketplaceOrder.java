package io.refunds.events;

/**
 * Where the agent bought the item (added to IssueReported within v1): the marketplace (TAOBAO, TMALL, ALIBABA_1688,
 * WEIDIAN), the marketplace's order id and sub-order (item) id the platform registered with the order, and the
 * purchasing staff member who handles that order (null: the purchasing team). An item without one was sold by a
 * seller who logs in here (the direct path).
 */
public record MarketplaceOrder(String marketplace, String orderId, String itemId, String purchaserId) {
}
