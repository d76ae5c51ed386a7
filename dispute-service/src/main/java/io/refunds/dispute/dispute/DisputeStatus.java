package io.refunds.dispute.dispute;

/** Where a dispute stands in the agents' queue. */
public enum DisputeStatus { OPEN, DECIDED, WITHDRAWN }
