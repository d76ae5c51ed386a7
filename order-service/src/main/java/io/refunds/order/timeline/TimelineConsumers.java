package io.refunds.order.timeline;

import io.refunds.events.AppealFiled;
import io.refunds.events.BuyerEscalated;
import io.refunds.events.CaseEvent;
import io.refunds.events.ConversationOpened;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.DisputeOpened;
import io.refunds.events.DisputeOverdue;
import io.refunds.events.FollowUpPosted;
import io.refunds.events.MessagePosted;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.RefundFailed;
import io.refunds.events.RefundIssued;
import io.refunds.events.SellerDeclined;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.SettlementAgreed;
import io.refunds.order.cases.CachedCaseViews;
import io.refunds.order.cases.CaseEvidence;
import io.refunds.order.cases.CaseStatus;
import io.refunds.platform.inbox.EventEnvelope;
import io.refunds.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the case's timeline and stage current from the other services' events; lines are data, worded at read time. */
@ApplicationScoped
public class TimelineConsumers {

    private static final String HANDLER = "timeline";
    private static final String SYSTEM = "system";

    private final Inbox inbox;
    private final TimelineUpdater updater;
    private final CaseEvidence caseEvidence;
    private final CachedCaseViews views;

    public TimelineConsumers(Inbox inbox, TimelineUpdater updater, CaseEvidence caseEvidence, CachedCaseViews views) {
        this.inbox = inbox;
        this.updater = updater;
        this.caseEvidence = caseEvidence;
        this.views = views;
    }

    @Incoming(TimelineChannels.CONVERSATION_OPENED)
    public Uni<Void> conversationOpened(ConsumerRecord<String, String> record) {
        return apply(record, ConversationOpened.class, event -> CaseChange.to(CaseStatus.AWAITING_SELLER, SYSTEM,
                        TimelineLine.conversationOpened(event.sellerDeadline()), event.openedAt())
                .withDeadline("SELLER_RESPONSE", event.sellerDeadline()));
    }

    @Incoming(TimelineChannels.MESSAGE_POSTED)
    public Uni<Void> messagePosted(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, MessagePosted.class, HANDLER, event -> {
            MessagePosted message = event.payload();
            CaseChange change = CaseChange.to(CaseStatus.AWAITING_SELLER, message.authorId(),
                    TimelineLine.messagePosted(message.authorRole()), message.postedAt());
            // Only the seller's answer ends the wait for the seller.
            CaseChange applied = "SELLER".equals(message.authorRole()) ? change : change.keepingDeadline();
            return caseEvidence.attachFromMessage(message.evidenceIds(), message.authorId(), message.caseId())
                    .chain(() -> updater.apply(event, applied));
        }).invoke(() -> views.evictKey(record.key()));
    }

    @Incoming(TimelineChannels.DISPUTE_OVERDUE)
    public Uni<Void> disputeOverdue(ConsumerRecord<String, String> record) {
        return apply(record, DisputeOverdue.class, event -> CaseChange.to(CaseStatus.IN_DISPUTE, SYSTEM,
                TimelineLine.disputeOverdue(event.decisionDueAt()), event.flaggedAt()).keepingDeadline());
    }

    @Incoming(TimelineChannels.FOLLOW_UP_POSTED)
    public Uni<Void> followUpPosted(ConsumerRecord<String, String> record) {
        return apply(record, FollowUpPosted.class, event -> CaseChange.to(CaseStatus.IN_DISPUTE, event.authorId(),
                TimelineLine.followUpPosted(event.authorRole()), event.postedAt()).keepingDeadline());
    }

    @Incoming(TimelineChannels.APPEAL_FILED)
    public Uni<Void> appealFiled(ConsumerRecord<String, String> record) {
        return apply(record, AppealFiled.class, event -> CaseChange.to(CaseStatus.DECIDED, event.appellantId(),
                TimelineLine.appealFiled(event.party()), event.filedAt()).keepingDeadline());
    }

    @Incoming(TimelineChannels.OFFER_MADE)
    public Uni<Void> offerMade(ConsumerRecord<String, String> record) {
        return apply(record, OfferMade.class, event -> CaseChange.to(CaseStatus.AWAITING_SELLER, event.sellerId(),
                TimelineLine.offerMade(event.offerType(), event.amount()), event.madeAt()));
    }

    @Incoming(TimelineChannels.OFFER_REJECTED)
    public Uni<Void> offerRejected(ConsumerRecord<String, String> record) {
        return apply(record, OfferRejected.class, event -> CaseChange.to(CaseStatus.AWAITING_SELLER, event.buyerId(),
                TimelineLine.offerRejected(), event.rejectedAt()).keepingDeadline());
    }

    @Incoming(TimelineChannels.SELLER_DECLINED)
    public Uni<Void> sellerDeclined(ConsumerRecord<String, String> record) {
        return apply(record, SellerDeclined.class, event -> CaseChange.to(CaseStatus.AWAITING_SELLER, event.sellerId(),
                TimelineLine.sellerDeclined(), event.declinedAt()));
    }

    @Incoming(TimelineChannels.BUYER_ESCALATED)
    public Uni<Void> buyerEscalated(ConsumerRecord<String, String> record) {
        return apply(record, BuyerEscalated.class, event -> CaseChange.to(CaseStatus.AWAITING_SELLER, event.buyerId(),
                TimelineLine.buyerEscalated(), event.escalatedAt()));
    }

    @Incoming(TimelineChannels.SELLER_UNRESPONSIVE)
    public Uni<Void> sellerUnresponsive(ConsumerRecord<String, String> record) {
        return apply(record, SellerUnresponsive.class, event -> CaseChange.to(CaseStatus.AWAITING_SELLER, SYSTEM,
                TimelineLine.sellerUnresponsive(), event.occurredAt()));
    }

    @Incoming(TimelineChannels.SETTLEMENT_AGREED)
    public Uni<Void> settlementAgreed(ConsumerRecord<String, String> record) {
        return apply(record, SettlementAgreed.class, event -> CaseChange.to(CaseStatus.SETTLED, event.buyerId(),
                TimelineLine.settlementAgreed(event.offerType(), event.refundAmount()), event.agreedAt()));
    }

    @Incoming(TimelineChannels.DISPUTE_OPENED)
    public Uni<Void> disputeOpened(ConsumerRecord<String, String> record) {
        return apply(record, DisputeOpened.class, event -> CaseChange.to(CaseStatus.IN_DISPUTE, SYSTEM,
                        TimelineLine.disputeOpened(event.decisionDueAt()), event.openedAt())
                .withDeadline("DECISION", event.decisionDueAt()));
    }

    @Incoming(TimelineChannels.DECISION_MADE)
    public Uni<Void> decisionMade(ConsumerRecord<String, String> record) {
        return apply(record, DecisionMade.class, event -> CaseChange.to(
                event.outcome() == DecisionOutcome.REJECTED ? CaseStatus.REJECTED : CaseStatus.DECIDED,
                event.decidedBy(), TimelineLine.decisionMade(event), event.decidedAt()));
    }

    @Incoming(TimelineChannels.REFUND_ISSUED)
    public Uni<Void> refundIssued(ConsumerRecord<String, String> record) {
        return apply(record, RefundIssued.class, event -> CaseChange.to(CaseStatus.REFUNDED, SYSTEM,
                        TimelineLine.refundIssued(event.amount(), event.destination(), event.decisionId() != null
                                ? "decision:" + event.decisionId() : "settlement:" + event.settlementId()),
                        event.issuedAt())
                .withRefund(event.amount()));
    }

    @Incoming(TimelineChannels.REFUND_FAILED)
    public Uni<Void> refundFailed(ConsumerRecord<String, String> record) {
        return apply(record, RefundFailed.class, event -> CaseChange.to(CaseStatus.DECIDED, SYSTEM,
                TimelineLine.refundFailed(event.amount(), event.destination()), event.failedAt())
                .keepingDeadline());
    }

    private <E extends CaseEvent> Uni<Void> apply(ConsumerRecord<String, String> record, Class<E> type,
            Function<E, CaseChange> change) {
        return inbox.applyOnce(record, type, HANDLER,
                (EventEnvelope<E> event) -> updater.apply(event, change.apply(event.payload())))
                // This replica reads its own consumers' writes at once; the others hear NOTIFY case_changed.
                .invoke(() -> views.evictKey(record.key()));
    }
}
