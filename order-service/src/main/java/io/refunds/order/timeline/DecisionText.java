package io.refunds.order.timeline;

import io.refunds.events.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decision line: the outcome and amount, the reason the agent gave, what the decision changes for the reader's
 * money given what the case had already refunded when it arrived, and whether and until when the reader may appeal.
 */
final class DecisionText {

    private DecisionText() {
    }

    static String render(TimelineParams p, Audience reader) {
        List<String> sentences = new ArrayList<>();
        sentences.add((Boolean.TRUE.equals(p.onAppeal()) ? "Decision on appeal: " : "Decision: ") + outcome(p));
        if (p.rationale() != null && !p.rationale().isBlank()) {
            sentences.add("Reason given: " + p.rationale().strip());
        }
        String money = money(p, reader);
        if (money != null) {
            sentences.add(money);
        }
        String appeal = appeal(p, reader);
        if (appeal != null) {
            sentences.add(appeal);
        }
        return sentences.stream().map(DecisionText::closed).collect(Collectors.joining(" "));
    }

    private static String outcome(TimelineParams p) {
        String amount = p.amount() == null ? "" : " of " + TimelineText.money(p.amount());
        return switch (String.valueOf(p.outcome())) {
            case "FULL_REFUND" -> "full refund" + amount;
            case "PARTIAL_REFUND" -> "partial refund" + amount;
            case "REPLACEMENT" -> "replacement";
            case "REJECTED" -> "claim rejected";
            case "RETURN_AND_REFUND" -> "return and refund" + amount + ", paid once the item is back";
            default -> TimelineText.words(p.outcome()) + amount;
        };
    }

    /** A decision owes a total for the item; what the case already refunded is kept and only more is paid. */
    private static String money(TimelineParams p, Audience reader) {
        Money before = p.refundedBefore();
        if (before == null || p.amount() != null && !p.amount().currency().equals(before.currency())) {
            return null;
        }
        long owed = p.amount() == null ? 0 : p.amount().minorUnits();
        String to = reader == Audience.BUYER ? "you" : "the buyer";
        if (before.minorUnits() == 0) {
            return owed == 0 ? "Nothing is refunded to " + to
                    : TimelineText.money(p.amount()) + " will be refunded to " + to;
        }
        String already = TimelineText.money(before);
        if (owed > before.minorUnits()) {
            Money more = Money.of(owed - before.minorUnits(), before.currency());
            return TimelineText.money(more) + " more will be paid to " + to + " (" + already + " already refunded)";
        }
        return "The " + already + " already refunded to " + to
                + (reader == Audience.BUYER ? " stays yours" : " stays the buyer's") + "; nothing more is paid";
    }

    private static String appeal(TimelineParams p, Audience reader) {
        if (p.deadline() != null) {
            return (reader == Audience.STAFF ? "Either party may appeal until " : "You may appeal until ")
                    + TimelineText.at(p.deadline());
        }
        return Boolean.TRUE.equals(p.onAppeal()) ? "This decision is final" : null;
    }

    private static String closed(String sentence) {
        return sentence.endsWith(".") || sentence.endsWith("!") || sentence.endsWith("?") ? sentence : sentence + ".";
    }
}
