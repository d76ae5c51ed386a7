package io.refunds.order.policy;

/** Whose fault a reason is: it decides which cost lines are refunded and who bears them. */
public enum Fault {
    SELLER,
    BUYER,
    AGENT,
    CARRIER
}
