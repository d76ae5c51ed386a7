package io.refunds.events;

/**
 * What an agent decided on a dispute. RETURN_AND_REFUND (added within v1) refunds once the item is back: order-service
 * opens the return, refund-service holds the refund until the return releases it.
 */
public enum DecisionOutcome {
    FULL_REFUND,
    PARTIAL_REFUND,
    REPLACEMENT,
    REJECTED,
    RETURN_AND_REFUND;

    public boolean paysMoney() {
        return this == FULL_REFUND || this == PARTIAL_REFUND || this == RETURN_AND_REFUND;
    }
}
