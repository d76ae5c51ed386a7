package io.refunds.refund.refund;

/**
 * Where the refund of a return outcome stands while its return travels: held for the return, released before its
 * cause arrived, released and paid, closed unpaid (never sent), back to the agents' queue (not as claimed), or
 * superseded by an appeal's decision while still held (that decision pays; the held one never does).
 */
public enum HoldState {
    HELD,
    RELEASE_FIRST,
    RELEASED,
    CLOSED_UNPAID,
    BACK_TO_QUEUE,
    SUPERSEDED;

    /** Whether nothing can change it any more. */
    public boolean isFinal() {
        return this == RELEASED || this == CLOSED_UNPAID || this == BACK_TO_QUEUE || this == SUPERSEDED;
    }
}
