package io.refunds.events;

/** What a buyer may ask for and a seller may offer: the outcomes a refund policy allows per reason. */
public enum Remedy {
    FULL_REFUND,
    PARTIAL_REFUND,
    REPLACEMENT,
    RETURN_AND_REFUND;

    /** Whether this remedy names an amount (a partial refund, or a return refunded in part or whole). */
    public boolean namesAmount() {
        return this == PARTIAL_REFUND || this == RETURN_AND_REFUND;
    }
}
