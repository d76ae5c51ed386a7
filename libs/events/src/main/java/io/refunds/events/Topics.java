package io.refunds.events;

/** Kafka topic names, one per event type; constants so code, configuration and tests agree. */
public final class Topics {

    public static final String ISSUE_REPORTED = "refunds.issue-reported";
    public static final String EVIDENCE_ADDED = "refunds.evidence-added";
    public static final String CASE_WITHDRAWN = "refunds.case-withdrawn";
    public static final String CONVERSATION_OPENED = "refunds.conversation-opened";
    public static final String MESSAGE_POSTED = "refunds.message-posted";
    public static final String OFFER_MADE = "refunds.offer-made";
    public static final String OFFER_REJECTED = "refunds.offer-rejected";
    public static final String SELLER_DECLINED = "refunds.seller-declined";
    public static final String BUYER_ESCALATED = "refunds.buyer-escalated";
    public static final String SELLER_REMINDER = "refunds.seller-reminder";
    public static final String SELLER_UNRESPONSIVE = "refunds.seller-unresponsive";
    public static final String DISPUTE_OPENED = "refunds.dispute-opened";
    public static final String NEGOTIATION_CLOSED = "refunds.negotiation-closed";
    public static final String DISPUTE_OVERDUE = "refunds.dispute-overdue";
    public static final String FOLLOW_UP_POSTED = "refunds.follow-up-posted";
    public static final String APPEAL_FILED = "refunds.appeal-filed";
    public static final String INFORMATION_REQUESTED = "refunds.information-requested";
    public static final String STATEMENT_SUBMITTED = "refunds.statement-submitted";
    public static final String DECISION_MADE = "refunds.decision-made";
    public static final String SETTLEMENT_AGREED = "refunds.settlement-agreed";
    public static final String REFUND_ISSUED = "refunds.refund-issued";
    public static final String REFUND_FAILED = "refunds.refund-failed";
    public static final String RETURN_OPENED = "refunds.return-opened";
    public static final String RETURN_SHIPPED = "refunds.return-shipped";
    public static final String RETURN_SCANNED = "refunds.return-scanned";
    public static final String RETURN_RECEIVED = "refunds.return-received";
    public static final String RETURN_EXPIRED = "refunds.return-expired";
    public static final String REPLACEMENT_ARRIVED = "refunds.replacement-arrived";
    public static final String REPLACEMENT_OVERDUE = "refunds.replacement-overdue";
    public static final String PARCEL_FOUND = "refunds.parcel-found";
    public static final String UPSTREAM_REFUND_FILED = "refunds.upstream-refund-filed";
    public static final String UPSTREAM_REFUND_CHANGED = "refunds.upstream-refund-changed";
    public static final String UPSTREAM_REFUND_SUCCEEDED = "refunds.upstream-refund-succeeded";
    public static final String UPSTREAM_REFUND_REFUSED = "refunds.upstream-refund-refused";

    /** Suffix of the dead-letter topic that belongs to each topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
