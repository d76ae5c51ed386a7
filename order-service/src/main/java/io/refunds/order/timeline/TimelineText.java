package io.refunds.order.timeline;

import io.refunds.events.Money;
import io.refunds.platform.text.MoneyText;
import io.refunds.platform.text.Moments;
import java.time.Instant;
import java.util.Locale;

/**
 * Words each timeline line for whoever reads it, at read time: the case's buyer reads "you/your", its seller reads
 * of "the buyer" and of himself as "you", staff read neutral third person. Money is shown with its currency's
 * decimals, deadlines to the minute with the zone named (UTC). Pure: no clock, no database.
 */
public final class TimelineText {

    private TimelineText() {
    }

    /** The line in words for {@code reader}, followed by its cost lines where it carries them. */
    public static String render(TimelineLine line, Audience reader) {
        TimelineParams p = line.params() == null ? TimelineParams.NONE : line.params();
        String text = words(line, p, reader);
        String lines = BreakdownText.render(p.breakdown());
        return lines == null ? text : (text.endsWith(".") ? text : text + ".") + " " + lines;
    }

    private static String words(TimelineLine line, TimelineParams p, Audience reader) {
        return switch (line.code()) {
            case ISSUE_REPORTED -> pick(reader, "You reported the item", "The buyer reported your item",
                    "The buyer reported the item") + " as " + words(p.reason()) + " and asked for " + remedy(p);
            case EVIDENCE_ADDED -> actor(reader, p.party()) + " added " + files(p.count());
            case CASE_WITHDRAWN -> reader == Audience.BUYER ? "You withdrew the case" : "The buyer withdrew the case";
            case CONVERSATION_OPENED -> pick(reader, "The seller was asked to answer by ",
                    "You were asked to answer the buyer by ", "The seller was asked to answer by ") + at(p.deadline());
            case MESSAGE_POSTED -> reader.is(p.party()) ? "You sent a message" : "Message from " + the(p.party());
            case OFFER_MADE -> pick(reader, "The seller offers ", "You offered ", "The seller offered ") + remedy(p);
            case OFFER_REJECTED -> pick(reader, "You rejected the seller's offer", "The buyer rejected your offer",
                    "The buyer rejected the seller's offer");
            case SELLER_DECLINED -> pick(reader, "The seller declined any remedy; you may escalate",
                    "You declined any remedy; the buyer may escalate",
                    "The seller declined any remedy; the buyer may escalate");
            case BUYER_ESCALATED -> reader == Audience.BUYER ? "You asked the platform to decide"
                    : "The buyer asked the platform to decide";
            case SELLER_UNRESPONSIVE -> reader == Audience.SELLER ? "You did not answer in time"
                    : "The seller did not answer in time";
            case SETTLEMENT_AGREED -> pick(reader, "You accepted the seller's offer: ",
                    "The buyer accepted your offer: ", "The buyer accepted the seller's offer: ") + remedy(p);
            case DISPUTE_OPENED -> (reader == Audience.STAFF ? "A dispute opened; an agent must decide by "
                    : "A support agent will decide by ") + at(p.deadline());
            case DISPUTE_OVERDUE -> (p.deadline() == null ? "The decision" : "The decision due by " + at(p.deadline()))
                    + " is overdue; supervisors have been alerted";
            case FOLLOW_UP_POSTED -> reader.is(p.party()) ? "You followed up on the dispute"
                    : "Follow-up from " + the(p.party());
            case APPEAL_FILED -> actor(reader, p.party()) + " appealed the decision; a supervisor will decide again";
            case DECISION_MADE -> DecisionText.render(p, reader);
            case REFUND_ISSUED -> reader == Audience.BUYER
                    ? "Refunded " + money(p.amount()) + " to your " + destination(p.destination())
                    : money(p.amount()) + " was refunded to the buyer's " + destination(p.destination());
            case REFUND_FAILED -> (reader == Audience.BUYER ? "Paying you " : "Paying the buyer ") + money(p.amount())
                    + " failed; support will retry";
            case RETURN_OPENED, RETURN_NOT_REQUIRED, RETURN_SHIPPED, RETURN_SCANNED, RETURN_RECEIVED, RETURN_EXPIRED ->
                    ReturnText.render(line.code(), p, reader);
            case REPLACEMENT_AWAITED, REPLACEMENT_ARRIVED, REPLACEMENT_OVERDUE ->
                    ReplacementText.render(line.code(), p, reader);
            case PARCEL_CLAIMED, PARCEL_FOUND -> ParcelText.render(line.code(), p, reader);
        };
    }

    /** Minor units with the currency's own number of decimals (none for JPY or non-tender codes): "14.00 USD". */
    static String money(Money money) {
        return money == null ? "the amount" : MoneyText.format(money);
    }

    /** An instant to the minute, in UTC, the zone named: "4 Dec 2026, 14:05 UTC". */
    static String at(Instant instant) {
        return instant == null ? "the deadline" : Moments.format(instant);
    }

    static String words(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String pick(Audience reader, String buyer, String seller, String staff) {
        return switch (reader) {
            case BUYER -> buyer;
            case SELLER -> seller;
            case STAFF -> staff;
        };
    }

    /** Who acted, as the subject of a sentence: "You" for the reader's own step. */
    private static String actor(Audience reader, String party) {
        if (reader.is(party)) {
            return "You";
        }
        String them = the(party);
        return Character.toUpperCase(them.charAt(0)) + them.substring(1);
    }

    private static String the(String party) {
        if (party == null || "SYSTEM".equals(party)) {
            return "the platform";
        }
        return "AGENT".equals(party) ? "the support agent" : "the " + words(party);
    }

    private static String remedy(TimelineParams p) {
        String remedy = p.remedy() == null ? "a remedy" : switch (p.remedy()) {
            case "FULL_REFUND" -> "a full refund";
            case "PARTIAL_REFUND" -> "a partial refund";
            case "REPLACEMENT" -> "a replacement";
            case "RETURN_AND_REFUND" -> "a return and refund";
            default -> words(p.remedy());
        };
        return p.amount() == null ? remedy : remedy + " of " + money(p.amount());
    }

    private static String files(Integer count) {
        if (count == null) {
            return "photos or videos";
        }
        return count == 1 ? "1 photo or video" : count + " photos or videos";
    }

    private static String destination(String destination) {
        if (destination == null || "WALLET".equals(destination)) {
            return "wallet";
        }
        return "ORIGINAL_PAYMENT".equals(destination) ? "original payment method" : words(destination);
    }
}
