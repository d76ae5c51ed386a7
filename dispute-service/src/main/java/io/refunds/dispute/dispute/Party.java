package io.refunds.dispute.dispute;

/** The two parties of a dispute. */
public enum Party { BUYER, SELLER }
