package io.refunds.order.cases;

/**
 * Where a case stands for the buyer, in the order a case moves through them. Events from different
 * topics may arrive in any order, so a case only ever moves forward.
 */
public enum CaseStatus {
    REPORTED,
    SELLER_UNRESPONSIVE,
    IN_DISPUTE,
    DECIDED,
    REFUNDED;

    public CaseStatus advanceTo(CaseStatus next) {
        return next.ordinal() > ordinal() ? next : this;
    }
}
