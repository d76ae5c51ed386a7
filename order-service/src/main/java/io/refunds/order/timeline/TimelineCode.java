package io.refunds.order.timeline;

/** The kinds of line on a case's timeline, stored by name: stable, one per kind of line, whoever reads it. */
public enum TimelineCode {
    ISSUE_REPORTED,
    EVIDENCE_ADDED,
    CASE_WITHDRAWN,
    CONVERSATION_OPENED,
    MESSAGE_POSTED,
    OFFER_MADE,
    OFFER_REJECTED,
    SELLER_DECLINED,
    BUYER_ESCALATED,
    SELLER_UNRESPONSIVE,
    SETTLEMENT_AGREED,
    DISPUTE_OPENED,
    DISPUTE_OVERDUE,
    FOLLOW_UP_POSTED,
    APPEAL_FILED,
    DECISION_MADE,
    REFUND_ISSUED,
    REFUND_FAILED,
    RETURN_OPENED,
    RETURN_NOT_REQUIRED,
    RETURN_SHIPPED,
    RETURN_SCANNED,
    RETURN_RECEIVED,
    RETURN_EXPIRED,
    REPLACEMENT_AWAITED,
    REPLACEMENT_ARRIVED,
    REPLACEMENT_OVERDUE,
    PARCEL_CLAIMED,
    PARCEL_FOUND;

    /** The code a stored name stands for, or null: no code (a line from before codes) or one this version lacks. */
    static TimelineCode parse(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
