package io.refunds.platform.api;

/**
 * What a part of an item's price paid for: the item itself and the seller's domestic shipping (CNY costs passed on
 * to the seller), the agent's service and QC fees, the item's share of the international parcel and its insurance.
 * The kinds of the cost lines order-service registers and offers and decisions name (events carry them by name).
 */
public enum LineKind {
    ITEM,
    DOMESTIC_SHIPPING,
    SERVICE_FEE,
    QC_FEE,
    INTERNATIONAL_SHIPPING,
    INSURANCE
}
