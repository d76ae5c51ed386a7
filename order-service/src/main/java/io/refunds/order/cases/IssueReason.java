package io.refunds.order.cases;

/** Why a buyer reports an item. */
public enum IssueReason {
    DEFECTIVE,
    DAMAGED,
    NOT_AS_DESCRIBED,
    WRONG_ITEM,
    MISSING_PARTS
}
