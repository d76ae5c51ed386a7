package io.refunds.messaging.conversation;

/** Where the buyer–seller conversation stands. */
public enum ConversationStatus {
    /** Opened; the seller's response deadline runs. */
    AWAITING_SELLER,
    /** The seller answered before the deadline. */
    SELLER_RESPONDED,
    /** The deadline passed without an answer; the platform opened a dispute. */
    SELLER_UNRESPONSIVE,
    /** The buyer withdrew the case. */
    CLOSED
}
