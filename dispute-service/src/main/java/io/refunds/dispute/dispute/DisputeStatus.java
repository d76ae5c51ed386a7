package io.refunds.dispute.dispute;

/**
 * Where a dispute stands: OPEN → DECIDED → (a party appeals within the window) APPEALED → FINAL once a
 * supervisor decides the appeal; WITHDRAWN when the buyer withdraws the case.
 */
public enum DisputeStatus {
    OPEN,
    DECIDED,
    APPEALED,
    FINAL,
    WITHDRAWN;

    /** Awaiting a decision: in the queue, may be assigned, may go overdue. */
    public boolean awaitsDecision() {
        return this == OPEN || this == APPEALED;
    }
}
