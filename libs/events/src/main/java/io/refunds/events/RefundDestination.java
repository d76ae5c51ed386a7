package io.refunds.events;

/** Where a buyer's refund goes: the platform wallet (instant, the default) or back to the original payment method. */
public enum RefundDestination {
    WALLET,
    ORIGINAL_PAYMENT
}
