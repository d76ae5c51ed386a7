package io.refunds.messaging.negotiation;

import java.util.Set;

/**
 * Where the buyer–seller conversation stands: AWAITING_SELLER → SELLER_RESPONDED → SETTLED, or
 * SELLER_DECLINED / a rejected offer → ESCALATED by the buyer, or SELLER_UNRESPONSIVE past the deadline;
 * IN_DISPUTE once a dispute opened (offers and answers closed, the agent decides); CLOSED when the buyer withdraws.
 */
public enum ConversationStatus {
    AWAITING_SELLER,
    SELLER_RESPONDED,
    SELLER_DECLINED,
    SETTLED,
    ESCALATED,
    SELLER_UNRESPONSIVE,
    IN_DISPUTE,
    CLOSED;

    private static final Set<ConversationStatus> NEGOTIABLE = Set.of(AWAITING_SELLER, SELLER_RESPONDED, SELLER_DECLINED);

    /** The seller may still offer, and the buyer accept or reject. */
    public boolean isNegotiable() {
        return NEGOTIABLE.contains(this);
    }
}
