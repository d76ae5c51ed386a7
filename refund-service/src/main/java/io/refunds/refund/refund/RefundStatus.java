package io.refunds.refund.refund;

/** Where a refund stands. */
public enum RefundStatus { PENDING, ISSUED }
