package io.refunds.order.returns;

/** A step of a return that others must hear about; each becomes the event of the same name. */
public enum ReturnMilestone {
    OPENED,
    SHIPPED,
    FIRST_SCAN,
    RECEIVED,
    EXPIRED
}
