package io.refunds.events;

/**
 * What a change of a return means for the refund that waits for it: nothing yet, pay it now, send the case back to
 * the agents' queue (the inspection found something other than what was claimed), or close it unpaid (the return
 * was never sent).
 */
public enum RefundRelease {
    NONE,
    PAY,
    BACK_TO_QUEUE,
    CLOSE_UNPAID
}
