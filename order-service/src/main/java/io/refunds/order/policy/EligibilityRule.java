package io.refunds.order.policy;

/** The rules that decide whether an item may be reported. */
public enum EligibilityRule {
    /** Reported within the window counted from receipt. */
    WITHIN_WINDOW,
    /** The item has not been received yet: there is nothing to inspect. */
    NOT_RECEIVED,
    /** The window counted from receipt has passed. */
    WINDOW_EXPIRED,
    /** The item already has an open case. */
    OPEN_CASE_EXISTS,
    /** The reason does not allow the remedy the buyer asks for. */
    OUTCOME_NOT_ALLOWED,
    /** The reason needs more photos or videos than were attached. */
    EVIDENCE_REQUIRED,
    /** The item is in a parcel on its way abroad: report it once it arrives. */
    IN_TRANSIT,
    /** The reason is not one of those the item's current stage takes. */
    REASON_NOT_FOR_STAGE,
    /** A return without a reason, for an item whose seller does not take them. */
    NO_REASON_RETURNS_NOT_OFFERED,
    /** A return without a reason, for a category that never takes them (custom-made, underwear, food…). */
    CATEGORY_EXCLUDED;
}
