package io.refunds.order.cases;

import java.util.Set;

/**
 * Where a case stands for the buyer: REPORTED → AWAITING_SELLER → SETTLED | IN_DISPUTE → DECIDED →
 * REFUNDED | REJECTED, or CLOSED when withdrawn or its replacement arrived. Events from different topics may arrive
 * in any order, so a case only moves to a later stage — but a decided or settled case whose outcome did not hold
 * (dispute opened again) is IN_DISPUTE again.
 */
public enum CaseStatus {
    REPORTED(0),
    AWAITING_SELLER(1),
    IN_DISPUTE(2),
    SETTLED(3),
    DECIDED(3),
    REFUNDED(4),
    REJECTED(4),
    CLOSED(5);

    private static final Set<CaseStatus> OPEN = Set.of(REPORTED, AWAITING_SELLER, IN_DISPUTE, DECIDED);
    private static final Set<CaseStatus> WITHDRAWABLE = Set.of(REPORTED, AWAITING_SELLER, IN_DISPUTE);

    private final int stage;

    CaseStatus(int stage) {
        this.stage = stage;
    }

    public CaseStatus advanceTo(CaseStatus next) {
        return next.stage > stage ? next : this;
    }

    /** Open cases block a second case on the item and accept more evidence. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** A decided or settled case goes back to the queue when its outcome did not hold (a return, a replacement). */
    public boolean isReopenable() {
        return this == DECIDED || this == SETTLED;
    }

    public boolean isWithdrawable() {
        return WITHDRAWABLE.contains(this);
    }
}
