package io.refunds.events;

/** What the receiver found when it opened a returned parcel. */
public enum Inspection {
    AS_EXPECTED,
    DAMAGED,
    WRONG_ITEM,
    MISSING_PARTS
}
