package io.refunds.dispute.dashboard;

/**
 * The dashboard's incoming channels, one per {@code refunds.*} topic, each in its own consumer group
 * {@code dispute-service.dashboard-<topic>} with the topic's dead-letter topic (see application.properties).
 */
public final class DashboardChannels {

    public static final String PREFIX = "dashboard-";
    public static final String ISSUE_REPORTED = "dashboard-issue-reported";
    public static final String EVIDENCE_ADDED = "dashboard-evidence-added";
    public static final String CASE_WITHDRAWN = "dashboard-case-withdrawn";
    public static final String CONVERSATION_OPENED = "dashboard-conversation-opened";
    public static final String MESSAGE_POSTED = "dashboard-message-posted";
    public static final String OFFER_MADE = "dashboard-offer-made";
    public static final String OFFER_REJECTED = "dashboard-offer-rejected";
    public static final String SELLER_DECLINED = "dashboard-seller-declined";
    public static final String BUYER_ESCALATED = "dashboard-buyer-escalated";
    public static final String SELLER_REMINDER = "dashboard-seller-reminder";
    public static final String SELLER_UNRESPONSIVE = "dashboard-seller-unresponsive";
    public static final String DISPUTE_OPENED = "dashboard-dispute-opened";
    public static final String DISPUTE_OVERDUE = "dashboard-dispute-overdue";
    public static final String FOLLOW_UP_POSTED = "dashboard-follow-up-posted";
    public static final String APPEAL_FILED = "dashboard-appeal-filed";
    public static final String INFORMATION_REQUESTED = "dashboard-information-requested";
    public static final String STATEMENT_SUBMITTED = "dashboard-statement-submitted";
    public static final String DECISION_MADE = "dashboard-decision-made";
    public static final String SETTLEMENT_AGREED = "dashboard-settlement-agreed";
    public static final String REFUND_ISSUED = "dashboard-refund-issued";
    public static final String REFUND_FAILED = "dashboard-refund-failed";

    private DashboardChannels() {
    }

    /** The channel that reads {@code topic}: the prefix and the topic without {@code refunds.}. */
    public static String of(String topic) {
        return PREFIX + topic.substring(topic.indexOf('.') + 1);
    }
}
