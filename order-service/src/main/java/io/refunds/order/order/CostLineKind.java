package io.refunds.order.order;

/**
 * What a part of an item's price paid for: the item itself and the seller's domestic shipping (CNY costs passed on
 * to the seller), the agent's service and QC fees, the item's share of the international parcel and its insurance.
 */
public enum CostLineKind {
    ITEM,
    DOMESTIC_SHIPPING,
    SERVICE_FEE,
    QC_FEE,
    INTERNATIONAL_SHIPPING,
    INSURANCE
}
