package io.refunds.order.timeline;

import io.refunds.events.DecisionMade;
import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.Remedy;
import java.time.Instant;

/** One line of a case's timeline as data: its code and parameters; {@link TimelineText} words it for a reader. */
public record TimelineLine(TimelineCode code, TimelineParams params) {

    private static final TimelineParams NONE = TimelineParams.NONE;

    /** {@code quote}: the cost lines the buyer confirmed (null: none). */
    public static TimelineLine issueReported(String reason, Remedy asked, Money amount, RefundBreakdown quote) {
        return new TimelineLine(TimelineCode.ISSUE_REPORTED, NONE.withReason(reason).withRemedy(asked.name())
                .withAmount(asked.namesAmount() ? amount : null).withBreakdown(quote));
    }

    /** {@code party}: BUYER or SELLER. */
    public static TimelineLine evidenceAdded(String party, int count) {
        return new TimelineLine(TimelineCode.EVIDENCE_ADDED, NONE.withParty(party).withCount(count));
    }

    public static TimelineLine caseWithdrawn() {
        return new TimelineLine(TimelineCode.CASE_WITHDRAWN, NONE);
    }

    public static TimelineLine conversationOpened(Instant sellerDeadline) {
        return new TimelineLine(TimelineCode.CONVERSATION_OPENED, NONE.withDeadline(sellerDeadline));
    }

    public static TimelineLine messagePosted(String authorRole) {
        return new TimelineLine(TimelineCode.MESSAGE_POSTED, NONE.withParty(authorRole));
    }

    public static TimelineLine offerMade(Remedy offer, Money amount) {
        return new TimelineLine(TimelineCode.OFFER_MADE, NONE.withRemedy(offer.name()).withAmount(amount));
    }

    public static TimelineLine offerRejected() {
        return new TimelineLine(TimelineCode.OFFER_REJECTED, NONE);
    }

    public static TimelineLine sellerDeclined() {
        return new TimelineLine(TimelineCode.SELLER_DECLINED, NONE);
    }

    public static TimelineLine buyerEscalated() {
        return new TimelineLine(TimelineCode.BUYER_ESCALATED, NONE);
    }

    public static TimelineLine sellerUnresponsive() {
        return new TimelineLine(TimelineCode.SELLER_UNRESPONSIVE, NONE);
    }

    public static TimelineLine settlementAgreed(Remedy offer, Money amount, RefundBreakdown breakdown) {
        return new TimelineLine(TimelineCode.SETTLEMENT_AGREED, NONE.withRemedy(offer.name()).withAmount(amount)
                .withBreakdown(breakdown));
    }

    public static TimelineLine disputeOpened(Instant decisionDue) {
        return new TimelineLine(TimelineCode.DISPUTE_OPENED, NONE.withDeadline(decisionDue));
    }

    public static TimelineLine disputeOverdue(Instant decisionDue) {
        return new TimelineLine(TimelineCode.DISPUTE_OVERDUE, NONE.withDeadline(decisionDue));
    }

    public static TimelineLine followUpPosted(String authorRole) {
        return new TimelineLine(TimelineCode.FOLLOW_UP_POSTED, NONE.withParty(authorRole));
    }

    public static TimelineLine appealFiled(String party) {
        return new TimelineLine(TimelineCode.APPEAL_FILED, NONE.withParty(party));
    }

    /** The deadline is the last instant to appeal: null when the decision is final (or its producer did not say). */
    public static TimelineLine decisionMade(DecisionMade decision) {
        return new TimelineLine(TimelineCode.DECISION_MADE, NONE
                .withOutcome(decision.outcome().name(), decision.rationale(), decision.supersedesDecisionId() != null)
                .withAmount(decision.refundAmount()).withDeadline(decision.appealableUntil())
                .withCause(decision.businessKey()).withBreakdown(decision.breakdown()));
    }

    /** {@code cause}: the decision or settlement the refund paid ({@code decision:<id>}, {@code settlement:<id>}). */
    public static TimelineLine refundIssued(Money amount, String destination, String cause) {
        return new TimelineLine(TimelineCode.REFUND_ISSUED, NONE.withAmount(amount).withDestination(destination)
                .withCause(cause));
    }

    /** The decision this line is about, or null. */
    public String decisionCause() {
        return code == TimelineCode.DECISION_MADE && params != null ? params.cause() : null;
    }

    public static TimelineLine refundFailed(Money amount, String destination) {
        return new TimelineLine(TimelineCode.REFUND_FAILED, NONE.withAmount(amount).withDestination(destination));
    }

    /** This line as written on a case that had refunded {@code refunded} so far; a decision's words depend on it. */
    public TimelineLine onCaseThatRefunded(Money refunded) {
        return code == TimelineCode.DECISION_MADE ? new TimelineLine(code, params.withRefundedBefore(refunded)) : this;
    }

    /**
     * A return was opened for {@code cause}: who sends it which way ({@code route}), to where, by when, who pays the
     * postage, and whether the refund is paid on the carrier's first scan or on arrival.
     */
    public static TimelineLine returnOpened(String cause, String route, String address, Instant shipBy,
            String payer, boolean refundOnFirstScan) {
        return new TimelineLine(TimelineCode.RETURN_OPENED, NONE.withCause(cause).withParty(route)
                .withDestination(address).withDeadline(shipBy).withPayer(payer)
                .withOutcome(refundOnFirstScan ? "REFUND_ON_SCAN" : "REFUND_ON_RECEIPT", null, false));
    }

    /** No return is needed for {@code cause}: the buyer keeps the item ({@code why}). */
    public static TimelineLine returnNotRequired(String cause, String why) {
        return new TimelineLine(TimelineCode.RETURN_NOT_REQUIRED, NONE.withCause(cause)
                .withOutcome(null, why, false));
    }

    /** The return was sent ({@code route} says by whom) with the carrier and tracking, to {@code address}. */
    public static TimelineLine returnShipped(String cause, String route, String carrier, String tracking,
            String address) {
        return new TimelineLine(TimelineCode.RETURN_SHIPPED, NONE.withCause(cause).withParty(route)
                .withTracking(carrier + " " + tracking).withDestination(address));
    }

    /** The carrier's first scan; {@code paysNow} when the refund is paid on it. */
    public static TimelineLine returnScanned(String cause, boolean paysNow) {
        return new TimelineLine(TimelineCode.RETURN_SCANNED, NONE.withCause(cause)
                .withOutcome(paysNow ? "PAY" : "NONE", null, false));
    }

    /** The return arrived ({@code route} says where) and its inspection found {@code inspection}. */
    public static TimelineLine returnReceived(String cause, String route, String inspection, int photos,
            String note, String release) {
        return new TimelineLine(TimelineCode.RETURN_RECEIVED, NONE.withCause(cause).withParty(route)
                .withOutcome(inspection, note, false).withCount(photos).withRemedy(release));
    }

    /** The return was not sent by {@code shipBy}: its refund closes unpaid. */
    public static TimelineLine returnExpired(String cause, String route, Instant shipBy) {
        return new TimelineLine(TimelineCode.RETURN_EXPIRED, NONE.withCause(cause).withParty(route)
                .withDeadline(shipBy));
    }

    /** A replacement is awaited: it must be {@code arrivesAs} (STOCKED_IN or DELIVERED) by {@code dueAt}. */
    public static TimelineLine replacementAwaited(String cause, String arrivesAs, Instant dueAt) {
        return new TimelineLine(TimelineCode.REPLACEMENT_AWAITED, NONE.withCause(cause).withParty(arrivesAs)
                .withDeadline(dueAt));
    }

    /** The replacement arrived ({@code arrivesAs}): the case is closed. */
    public static TimelineLine replacementArrived(String cause, String arrivesAs) {
        return new TimelineLine(TimelineCode.REPLACEMENT_ARRIVED, NONE.withCause(cause).withParty(arrivesAs));
    }

    /** The replacement was not there by {@code dueAt}: the case goes back to the agents' queue. */
    public static TimelineLine replacementOverdue(String cause, Instant dueAt) {
        return new TimelineLine(TimelineCode.REPLACEMENT_OVERDUE, NONE.withCause(cause).withDeadline(dueAt));
    }

    /**
     * The buyer claimed parcel {@code parcelId} ({@code party}) for {@code reason}: what the item is owed, line by line
     * and by whom, decided by an agent without the seller.
     */
    public static TimelineLine parcelClaimed(String reason, String parcelId, Money owed, RefundBreakdown payout) {
        return new TimelineLine(TimelineCode.PARCEL_CLAIMED, NONE.withReason(reason).withParty(parcelId)
                .withAmount(owed).withBreakdown(payout));
    }

    /** The parcel claimed lost was scanned again at {@code location} ({@code cause}); {@code owedBack}: refunded. */
    public static TimelineLine parcelFound(String parcelId, String location, Instant foundAt, Money owedBack) {
        return new TimelineLine(TimelineCode.PARCEL_FOUND, NONE.withParty(parcelId).withCause(location)
                .withDeadline(foundAt).withAmount(owedBack));
    }
}
