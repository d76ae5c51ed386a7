package io.refunds.order.cases;

import io.refunds.events.AppealFiled;
import io.refunds.events.BuyerEscalated;
import io.refunds.events.ConversationOpened;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.DisputeOpened;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.events.DisputeOverdue;
import io.refunds.events.FollowUpPosted;
import io.refunds.events.MessagePosted;
import io.refunds.events.Money;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.RefundFailed;
import io.refunds.events.RefundIssued;
import io.refunds.events.SellerDeclined;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.SettlementAgreed;
import io.refunds.order.timeline.TimelineLine;
import java.time.Instant;

/**
 * What one event of another service means for the buyer's case ({@link CaseLifecycle#apply} applies it): the stage
 * it reaches, who acted, the line on the timeline, when, the next deadline — set, cleared (the default: the awaited
 * answer came), or kept — and money refunded. One factory per event the service reads.
 */
public record CaseChange(CaseStatus reached, String actor, TimelineLine line, Instant occurredAt, String deadlineKind,
        Instant deadlineAt, boolean keepsDeadline, Money refunded, boolean reopens) {

    /** The actor of what the platform did by itself. */
    static final String SYSTEM = "system";

    static CaseChange to(CaseStatus reached, String actor, TimelineLine line, Instant occurredAt) {
        return new CaseChange(reached, actor, line, occurredAt, null, null, false, null, false);
    }

    CaseChange withDeadline(String kind, Instant at) {
        return new CaseChange(reached, actor, line, occurredAt, kind, at, false, refunded, reopens);
    }

    CaseChange keepingDeadline() {
        return new CaseChange(reached, actor, line, occurredAt, null, null, true, refunded, reopens);
    }

    CaseChange withRefund(Money amount) {
        return new CaseChange(reached, actor, line, occurredAt, deadlineKind, deadlineAt, keepsDeadline, amount,
                reopens);
    }

    public static CaseChange of(ConversationOpened event) {
        return to(CaseStatus.AWAITING_SELLER, SYSTEM, TimelineLine.conversationOpened(event.sellerDeadline()),
                event.openedAt()).withDeadline("SELLER_RESPONSE", event.sellerDeadline());
    }

    /** Only the seller's answer ends the wait for the seller. */
    public static CaseChange of(MessagePosted event) {
        CaseChange change = to(CaseStatus.AWAITING_SELLER, event.authorId(),
                TimelineLine.messagePosted(event.authorRole()), event.postedAt());
        return "SELLER".equals(event.authorRole()) ? change : change.keepingDeadline();
    }

    public static CaseChange of(OfferMade event) {
        return to(CaseStatus.AWAITING_SELLER, event.sellerId(), TimelineLine.offerMade(event.offerType(), event.amount()),
                event.madeAt());
    }

    public static CaseChange of(OfferRejected event) {
        return to(CaseStatus.AWAITING_SELLER, event.buyerId(), TimelineLine.offerRejected(), event.rejectedAt())
                .keepingDeadline();
    }

    public static CaseChange of(SellerDeclined event) {
        return to(CaseStatus.AWAITING_SELLER, event.sellerId(), TimelineLine.sellerDeclined(), event.declinedAt());
    }

    public static CaseChange of(BuyerEscalated event) {
        return to(CaseStatus.AWAITING_SELLER, event.buyerId(), TimelineLine.buyerEscalated(), event.escalatedAt());
    }

    public static CaseChange of(SellerUnresponsive event) {
        return to(CaseStatus.AWAITING_SELLER, SYSTEM, TimelineLine.sellerUnresponsive(), event.occurredAt());
    }

    public static CaseChange of(SettlementAgreed event) {
        return to(CaseStatus.SETTLED, event.buyerId(),
                TimelineLine.settlementAgreed(event.offerType(), event.refundAmount(), event.breakdown()), event.agreedAt());
    }

    /**
     * A dispute opened again after the case's outcome did not hold (a return not as claimed, a replacement that
     * never came) takes a decided or settled case back to IN_DISPUTE: open again, until the new decision.
     */
    public static CaseChange of(DisputeOpened event) {
        CaseChange change = to(CaseStatus.IN_DISPUTE, SYSTEM, TimelineLine.disputeOpened(event.decisionDueAt()),
                event.openedAt()).withDeadline("DECISION", event.decisionDueAt());
        boolean again = event.trigger() == DisputeTrigger.RETURN_INSPECTION
                || event.trigger() == DisputeTrigger.REPLACEMENT_OVERDUE;
        return again ? change.reopening() : change;
    }

    CaseChange reopening() {
        return new CaseChange(reached, actor, line, occurredAt, deadlineKind, deadlineAt, keepsDeadline, refunded,
                true);
    }

    public static CaseChange of(DisputeOverdue event) {
        return to(CaseStatus.IN_DISPUTE, SYSTEM, TimelineLine.disputeOverdue(event.decisionDueAt()), event.flaggedAt())
                .keepingDeadline();
    }

    public static CaseChange of(FollowUpPosted event) {
        return to(CaseStatus.IN_DISPUTE, event.authorId(), TimelineLine.followUpPosted(event.authorRole()),
                event.postedAt()).keepingDeadline();
    }

    public static CaseChange of(AppealFiled event) {
        return to(CaseStatus.DECIDED, event.appellantId(), TimelineLine.appealFiled(event.party()), event.filedAt())
                .keepingDeadline();
    }

    public static CaseChange of(DecisionMade event) {
        return to(event.outcome() == DecisionOutcome.REJECTED ? CaseStatus.REJECTED : CaseStatus.DECIDED,
                event.decidedBy(), TimelineLine.decisionMade(event), event.decidedAt());
    }

    /** The refund's line names what it paid: a decision or a settlement. */
    public static CaseChange of(RefundIssued event) {
        String cause = event.decisionId() != null ? "decision:" + event.decisionId()
                : "settlement:" + event.settlementId();
        return to(CaseStatus.REFUNDED, SYSTEM, TimelineLine.refundIssued(event.amount(), event.destination(), cause),
                event.issuedAt()).withRefund(event.amount());
    }

    public static CaseChange of(RefundFailed event) {
        return to(CaseStatus.DECIDED, SYSTEM, TimelineLine.refundFailed(event.amount(), event.destination()),
                event.failedAt()).keepingDeadline();
    }
}
