package io.refunds.platform.api;

/** The kinds of an item's cost lines an offer or decision may name (the events carry them by name). */
public enum LineKind {
    ITEM,
    DOMESTIC_SHIPPING,
    SERVICE_FEE,
    QC_FEE,
    INTERNATIONAL_SHIPPING,
    INSURANCE
}
