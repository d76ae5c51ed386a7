package io.refunds.order.returns;

import io.refunds.events.RefundRelease;
import java.util.List;

/**
 * The lifecycle's answer: the return after the command, the milestones to publish (none for a repeat), and what
 * the change means for the refund waiting on it.
 */
public record ReturnChange(ItemReturn next, List<ReturnMilestone> milestones, RefundRelease release) {

    public ReturnChange {
        milestones = List.copyOf(milestones);
    }

    static ReturnChange unchanged(ItemReturn current) {
        return new ReturnChange(current, List.of(), RefundRelease.NONE);
    }

    /** Whether anything changed (a repeat of a recorded step changes nothing). */
    public boolean changed() {
        return !milestones.isEmpty();
    }
}
