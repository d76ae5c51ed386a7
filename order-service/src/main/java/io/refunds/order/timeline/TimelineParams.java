package io.refunds.order.timeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import java.time.Instant;

/**
 * What a timeline line says, as data (stored as JSON beside its code; absent values are left out): the reason and
 * remedy asked for or offered, an amount, the deadline the line names, a decision's outcome, rationale and whether
 * it decided an appeal, where money went, the party who acted ({@code BUYER}, {@code SELLER}, {@code AGENT}…),
 * how many files were added, what the case had refunded when the line was written, the refund's cost lines, and a
 * return's tracking and who pays its postage.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimelineParams(String reason, String remedy, Money amount, Instant deadline, String outcome,
        String destination, String rationale, String party, Money refundedBefore, Boolean onAppeal, Integer count,
        String cause, RefundBreakdown breakdown, String tracking, String payer) {

    static final TimelineParams NONE = new TimelineParams(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    TimelineParams withReason(String value) {
        return new TimelineParams(value, remedy, amount, deadline, outcome, destination, rationale, party,
                refundedBefore, onAppeal, count, cause, breakdown, tracking, payer);
    }

    TimelineParams withRemedy(String value) {
        return new TimelineParams(reason, value, amount, deadline, outcome, destination, rationale, party,
                refundedBefore, onAppeal, count, cause, breakdown, tracking, payer);
    }

    TimelineParams withAmount(Money value) {
        return new TimelineParams(reason, remedy, value, deadline, outcome, destination, rationale, party,
                refundedBefore, onAppeal, count, cause, breakdown, tracking, payer);
    }

    TimelineParams withDeadline(Instant value) {
        return new TimelineParams(reason, remedy, amount, value, outcome, destination, rationale, party,
                refundedBefore, onAppeal, count, cause, breakdown, tracking, payer);
    }

    TimelineParams withOutcome(String value, String why, boolean appeal) {
        return new TimelineParams(reason, remedy, amount, deadline, value, destination, why, party,
                refundedBefore, appeal, count, cause, breakdown, tracking, payer);
    }

    TimelineParams withDestination(String value) {
        return new TimelineParams(reason, remedy, amount, deadline, outcome, value, rationale, party,
                refundedBefore, onAppeal, count, cause, breakdown, tracking, payer);
    }

    TimelineParams withParty(String value) {
        return new TimelineParams(reason, remedy, amount, deadline, outcome, destination, rationale, value,
                refundedBefore, onAppeal, count, cause, breakdown, tracking, payer);
    }

    TimelineParams withRefundedBefore(Money value) {
        return new TimelineParams(reason, remedy, amount, deadline, outcome, destination, rationale, party,
                value, onAppeal, count, cause, breakdown, tracking, payer);
    }

    TimelineParams withCount(int value) {
        return new TimelineParams(reason, remedy, amount, deadline, outcome, destination, rationale, party,
                refundedBefore, onAppeal, value, cause, breakdown, tracking, payer);
    }

    /** The decision or settlement a refund paid, or a decision itself ({@code decision:<id>}). */
    TimelineParams withCause(String value) {
        return new TimelineParams(reason, remedy, amount, deadline, outcome, destination, rationale, party,
                refundedBefore, onAppeal, count, value, breakdown, tracking, payer);
    }

    /** The cost lines a quote, settlement or decision refunds (null: none were carried). */
    TimelineParams withBreakdown(RefundBreakdown value) {
        return new TimelineParams(reason, remedy, amount, deadline, outcome, destination, rationale, party,
                refundedBefore, onAppeal, count, cause, value, tracking, payer);
    }

    /** A return's carrier and tracking ("YunExpress YT123"). */
    TimelineParams withTracking(String value) {
        return new TimelineParams(reason, remedy, amount, deadline, outcome, destination, rationale, party,
                refundedBefore, onAppeal, count, cause, breakdown, value, payer);
    }

    /** Who pays a return's postage (BUYER, SELLER, AGENT, CARRIER). */
    TimelineParams withPayer(String value) {
        return new TimelineParams(reason, remedy, amount, deadline, outcome, destination, rationale, party,
                refundedBefore, onAppeal, count, cause, breakdown, tracking, value);
    }
}
