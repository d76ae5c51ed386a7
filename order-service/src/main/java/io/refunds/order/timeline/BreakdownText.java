package io.refunds.order.timeline;

import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundDeduction;
import io.refunds.events.RefundLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A refund's cost lines in words: what each refunded line gives back and who bears it, the lines not refunded, what
 * the agent keeps. Said only when it tells more than the amount: an item whose one line is its price says nothing.
 */
final class BreakdownText {

    private BreakdownText() {
    }

    /** The sentence, or null when there is nothing to add to the amount. */
    static String render(RefundBreakdown breakdown) {
        if (breakdown == null || breakdown.lines().size() <= 1 && breakdown.deductions().isEmpty()
                && breakdown.lines().stream().allMatch(line -> line.bearer() != null)) {
            return null;
        }
        List<String> refunded = new ArrayList<>();
        List<String> notRefunded = new ArrayList<>();
        for (RefundLine line : breakdown.lines()) {
            long refund = line.refund() == null ? 0 : line.refund().minorUnits();
            if (refund > 0) {
                refunded.add(kind(line.kind()) + " " + TimelineText.money(line.refund()) + bearer(line.bearer()));
            } else if (line.bearer() == null) {
                notRefunded.add(kind(line.kind()));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!refunded.isEmpty()) {
            parts.add("Refunded: " + String.join(", ", refunded));
        }
        if (!notRefunded.isEmpty()) {
            parts.add("not refunded: " + String.join(", ", notRefunded));
        }
        for (RefundDeduction deduction : breakdown.deductions()) {
            if (deduction.amount().minorUnits() > 0) {
                parts.add(kind(deduction.kind()) + " of " + TimelineText.money(deduction.amount()) + " kept by the agent");
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts) + ".";
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "QC_FEE" -> "QC fee";
            default -> TimelineText.words(kind);
        };
    }

    private static String bearer(String bearer) {
        if (bearer == null) {
            return "";
        }
        return switch (bearer) {
            case "SELLER" -> " (from the seller)";
            case "AGENT" -> " (borne by the agent)";
            case "CARRIER" -> " (claimed from the carrier's insurance)";
            default -> " (" + TimelineText.words(bearer) + ")";
        };
    }
}
