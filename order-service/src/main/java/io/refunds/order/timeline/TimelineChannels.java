package io.refunds.order.timeline;

/** Incoming channels whose events the timeline records; names shared by code and configuration. */
final class TimelineChannels {

    static final String CONVERSATION_OPENED = "conversation-opened";
    static final String MESSAGE_POSTED = "message-posted";
    static final String OFFER_MADE = "offer-made";
    static final String OFFER_REJECTED = "offer-rejected";
    static final String SELLER_DECLINED = "seller-declined";
    static final String BUYER_ESCALATED = "buyer-escalated";
    static final String SELLER_UNRESPONSIVE = "seller-unresponsive";
    static final String SETTLEMENT_AGREED = "settlement-agreed";
    static final String DISPUTE_OPENED = "dispute-opened";
    static final String DISPUTE_OVERDUE = "dispute-overdue";
    static final String FOLLOW_UP_POSTED = "follow-up-posted";
    static final String APPEAL_FILED = "appeal-filed";
    static final String DECISION_MADE = "decision-made";
    static final String REFUND_ISSUED = "refund-issued";
    static final String REFUND_FAILED = "refund-failed";

    private TimelineChannels() {
    }
}
