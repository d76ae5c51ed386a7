package io.refunds.events;

import java.util.UUID;

/** Every event belongs to one refund case; its id is the Kafka record key so a case's events stay in order. */
public sealed interface CaseEvent
        permits IssueReported, EvidenceAdded, CaseWithdrawn, ConversationOpened, MessagePosted, OfferMade, OfferRejected,
        SellerDeclined, BuyerEscalated, SellerReminder, SellerUnresponsive, DisputeOpened, NegotiationClosed,
        DisputeOverdue,
        FollowUpPosted, AppealFiled, InformationRequested, StatementSubmitted, DecisionMade,
        SettlementAgreed, RefundIssued, RefundFailed, ReturnOpened, ReturnShipped, ReturnScanned, ReturnReceived,
        ReturnExpired, ReplacementArrived, ReplacementOverdue, ParcelFound, UpstreamRefundFiled, UpstreamRefundChanged,
        UpstreamRefundSucceeded, UpstreamRefundRefused {

    UUID caseId();

    /**
     * What the event is about in business terms (a decision id, a refund id, a settlement id…): the same fact
     * re-published under a new event id has the same key, so consumers can apply it once.
     */
    String businessKey();
}
