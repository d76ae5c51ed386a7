package io.refunds.events;

/** What an agent decided on a dispute. */
public enum DecisionOutcome {
    FULL_REFUND,
    PARTIAL_REFUND,
    REPLACEMENT,
    REJECTED;

    public boolean paysMoney() {
        return this == FULL_REFUND || this == PARTIAL_REFUND;
    }
}
