package io.refunds.events;

import java.util.Arrays;
import java.util.Optional;

/** The catalogue: each event's record, topic, versioned CloudEvents type and JSON Schema. */
public enum EventType {
    ISSUE_REPORTED(IssueReported.class, Topics.ISSUE_REPORTED, "refunds.IssueReported.v1"),
    EVIDENCE_ADDED(EvidenceAdded.class, Topics.EVIDENCE_ADDED, "refunds.EvidenceAdded.v1"),
    CASE_WITHDRAWN(CaseWithdrawn.class, Topics.CASE_WITHDRAWN, "refunds.CaseWithdrawn.v1"),
    CONVERSATION_OPENED(ConversationOpened.class, Topics.CONVERSATION_OPENED, "refunds.ConversationOpened.v1"),
    MESSAGE_POSTED(MessagePosted.class, Topics.MESSAGE_POSTED, "refunds.MessagePosted.v1"),
    OFFER_MADE(OfferMade.class, Topics.OFFER_MADE, "refunds.OfferMade.v1"),
    OFFER_REJECTED(OfferRejected.class, Topics.OFFER_REJECTED, "refunds.OfferRejected.v1"),
    SELLER_DECLINED(SellerDeclined.class, Topics.SELLER_DECLINED, "refunds.SellerDeclined.v1"),
    BUYER_ESCALATED(BuyerEscalated.class, Topics.BUYER_ESCALATED, "refunds.BuyerEscalated.v1"),
    SELLER_REMINDER(SellerReminder.class, Topics.SELLER_REMINDER, "refunds.SellerReminder.v1"),
    SELLER_UNRESPONSIVE(SellerUnresponsive.class, Topics.SELLER_UNRESPONSIVE, "refunds.SellerUnresponsive.v1"),
    DISPUTE_OPENED(DisputeOpened.class, Topics.DISPUTE_OPENED, "refunds.DisputeOpened.v1"),
    NEGOTIATION_CLOSED(NegotiationClosed.class, Topics.NEGOTIATION_CLOSED, "refunds.NegotiationClosed.v1"),
    DISPUTE_OVERDUE(DisputeOverdue.class, Topics.DISPUTE_OVERDUE, "refunds.DisputeOverdue.v1"),
    FOLLOW_UP_POSTED(FollowUpPosted.class, Topics.FOLLOW_UP_POSTED, "refunds.FollowUpPosted.v1"),
    APPEAL_FILED(AppealFiled.class, Topics.APPEAL_FILED, "refunds.AppealFiled.v1"),
    INFORMATION_REQUESTED(InformationRequested.class, Topics.INFORMATION_REQUESTED,
            "refunds.InformationRequested.v1"),
    STATEMENT_SUBMITTED(StatementSubmitted.class, Topics.STATEMENT_SUBMITTED, "refunds.StatementSubmitted.v1"),
    DECISION_MADE(DecisionMade.class, Topics.DECISION_MADE, "refunds.DecisionMade.v1"),
    SETTLEMENT_AGREED(SettlementAgreed.class, Topics.SETTLEMENT_AGREED, "refunds.SettlementAgreed.v1"),
    REFUND_ISSUED(RefundIssued.class, Topics.REFUND_ISSUED, "refunds.RefundIssued.v1"),
    REFUND_FAILED(RefundFailed.class, Topics.REFUND_FAILED, "refunds.RefundFailed.v1"),
    RETURN_OPENED(ReturnOpened.class, Topics.RETURN_OPENED, "refunds.ReturnOpened.v1"),
    RETURN_SHIPPED(ReturnShipped.class, Topics.RETURN_SHIPPED, "refunds.ReturnShipped.v1"),
    RETURN_SCANNED(ReturnScanned.class, Topics.RETURN_SCANNED, "refunds.ReturnScanned.v1"),
    RETURN_RECEIVED(ReturnReceived.class, Topics.RETURN_RECEIVED, "refunds.ReturnReceived.v1"),
    RETURN_EXPIRED(ReturnExpired.class, Topics.RETURN_EXPIRED, "refunds.ReturnExpired.v1"),
    REPLACEMENT_ARRIVED(ReplacementArrived.class, Topics.REPLACEMENT_ARRIVED, "refunds.ReplacementArrived.v1"),
    REPLACEMENT_OVERDUE(ReplacementOverdue.class, Topics.REPLACEMENT_OVERDUE, "refunds.ReplacementOverdue.v1"),
    PARCEL_FOUND(ParcelFound.class, Topics.PARCEL_FOUND, "refunds.ParcelFound.v1"),
    UPSTREAM_REFUND_FILED(UpstreamRefundFiled.class, Topics.UPSTREAM_REFUND_FILED, "refunds.UpstreamRefundFiled.v1"),
    UPSTREAM_REFUND_CHANGED(UpstreamRefundChanged.class, Topics.UPSTREAM_REFUND_CHANGED,
            "refunds.UpstreamRefundChanged.v1"),
    UPSTREAM_REFUND_SUCCEEDED(UpstreamRefundSucceeded.class, Topics.UPSTREAM_REFUND_SUCCEEDED,
            "refunds.UpstreamRefundSucceeded.v1"),
    UPSTREAM_REFUND_REFUSED(UpstreamRefundRefused.class, Topics.UPSTREAM_REFUND_REFUSED,
            "refunds.UpstreamRefundRefused.v1");

    private final Class<? extends CaseEvent> payloadType;
    private final String topic;
    private final String ceType;

    EventType(Class<? extends CaseEvent> payloadType, String topic, String ceType) {
        this.payloadType = payloadType;
        this.topic = topic;
        this.ceType = ceType;
    }

    public Class<? extends CaseEvent> payloadType() {
        return payloadType;
    }

    public String topic() {
        return topic;
    }

    public String ceType() {
        return ceType;
    }

    public String deadLetterTopic() {
        return Topics.deadLetterTopicOf(topic);
    }

    /** Classpath location of this event's JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + ceType + ".json";
    }

    public static EventType of(CaseEvent event) {
        return Arrays.stream(values())
                .filter(type -> type.payloadType == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + event.getClass()));
    }

    public static Optional<EventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(type -> type.ceType.equals(ceType)).findFirst();
    }
}
