package io.refunds.dispute.dispute;

/**
 * Where a dispute stands: OPEN → DECIDED → (a party appeals within the window) APPEALED → FINAL once a
 * supervisor decides the appeal; WITHDRAWN when the buyer withdraws the case; SETTLED when the buyer accepted the
 * seller's offer before the dispute was decided (the settlement pays, the dispute does not).
 */
public enum DisputeStatus {
    OPEN,
    DECIDED,
    APPEALED,
    FINAL,
    WITHDRAWN,
    SETTLED;

    /** Awaiting a decision: in the queue, may be assigned, may go overdue. */
    public boolean awaitsDecision() {
        return this == OPEN || this == APPEALED;
    }
}
