package io.refunds.refund.refund;

import io.refunds.events.RefundRelease;

/**
 * The rules of a refund that waits for its return, pure: the cause (a return-and-refund decision or settlement) and
 * the return's release may arrive in either order; the first release that means something decides — PAY pays the
 * cause once, CLOSE_UNPAID and BACK_TO_QUEUE pay nothing — a decision superseded while held pays nothing either,
 * and everything after a final state changes nothing.
 */
public final class ReturnHold {

    private ReturnHold() {
    }

    /** What to do: the state to keep (null: keep the row as it is) and whether to pay the cause now. */
    public record Step(HoldState next, boolean pay) {

        static final Step NOTHING = new Step(null, false);

        public boolean changes() {
            return next != null;
        }
    }

    /**
     * The cause arrived. With no row it is held; after a release it follows what the release said.
     *
     * @param current the hold's state, or null when nothing was recorded for the cause
     * @param release the release recorded before the cause, or null
     */
    public static Step causeArrived(HoldState current, RefundRelease release) {
        if (current == null) {
            return new Step(HoldState.HELD, false);
        }
        if (current != HoldState.RELEASE_FIRST) {
            return Step.NOTHING;
        }
        return apply(release);
    }

    /** The return released {@code release} for the cause; NONE never changes anything. */
    public static Step released(HoldState current, RefundRelease release) {
        if (release == null || release == RefundRelease.NONE) {
            return Step.NOTHING;
        }
        if (current == null) {
            return new Step(HoldState.RELEASE_FIRST, false);
        }
        return current == HoldState.HELD ? apply(release) : Step.NOTHING;
    }

    /**
     * An appeal's decision superseded the held cause: a refund still held never pays (the new decision does, for
     * what it owes); one already paid, closed or never held stays as it is.
     */
    public static Step superseded(HoldState current) {
        return current == HoldState.HELD ? new Step(HoldState.SUPERSEDED, false) : Step.NOTHING;
    }

    private static Step apply(RefundRelease release) {
        return switch (release) {
            case PAY -> new Step(HoldState.RELEASED, true);
            case CLOSE_UNPAID -> new Step(HoldState.CLOSED_UNPAID, false);
            case BACK_TO_QUEUE -> new Step(HoldState.BACK_TO_QUEUE, false);
            case NONE -> Step.NOTHING;
        };
    }
}
