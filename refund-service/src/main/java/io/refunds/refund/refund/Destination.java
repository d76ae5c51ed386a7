package io.refunds.refund.refund;

/** Where refunded money goes. */
public enum Destination { WALLET }
