package io.refunds.platform.api;

import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundDeduction;
import io.refunds.events.RefundLine;
import io.refunds.events.Remedy;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.MoneyText;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How an outcome that moves money is made of the item's cost lines — one rule for the quote, the seller's offers and
 * the agents' decisions, pure. The quote the buyer confirmed says which lines the policy refunds and who bears each.
 * <ul>
 * <li>A full refund (or a return refunded whole) refunds every refundable line whole; a return keeps the quote's
 * deductions (never more than is refunded).</li>
 * <li>A partial amount is spread over the refundable lines in proportion to what each cost, rounded down; the units
 * left by rounding go one each to the first lines (in the quote's order) that still have room, so no line ever gets
 * more than it cost. An amount above the refundable lines is refused: name the lines instead.</li>
 * <li>Named lines (with a partial refund or a return) refund exactly what they name, each at most its line; an amount
 * given with them must be their sum; a line the policy does not refund may be named (an agent's goodwill, a
 * seller's offer) and is then borne by whoever chose to refund it.</li>
 * </ul>
 */
public final class RefundLines {

    private RefundLines() {
    }

    /** A line an offer or decision names: its kind and what is refunded of it. */
    public record Named(String kind, Money amount) {
    }

    /**
     * The breakdown of {@code remedy} over {@code quote}'s lines: {@code amount} is the amount asked (validated against
     * what was paid already), {@code named} the lines named instead (empty when none); null when the item has no
     * cost lines or nothing moves; {@code chooser} (AGENT, SELLER) bears a named line the policy does not refund.
     * Errors name {@code amountField} and {@code linesField}.
     */
    public static RefundBreakdown compose(RefundBreakdown quote, Remedy remedy, Money amount, List<Named> named,
            String chooser, String amountField, String linesField) {
        boolean namesLines = named != null && !named.isEmpty();
        if (quote == null || quote.lines().isEmpty()) {
            if (namesLines) {
                throw ApiException.invalid(linesField, "must be absent: the item has no cost lines");
            }
            return null;
        }
        if (remedy == Remedy.REPLACEMENT) {
            if (namesLines) {
                throw ApiException.invalid(linesField, "must be absent for a replacement");
            }
            return null;
        }
        String currency = quote.total().currency();
        if (namesLines) {
            if (remedy == Remedy.FULL_REFUND) {
                throw ApiException.invalid(linesField, "must be absent for a full refund, which refunds every line the"
                        + " policy refunds; name lines with a partial refund");
            }
            RefundBreakdown breakdown = named(quote, named, currency, chooser, linesField);
            if (amount != null && amount.minorUnits() != breakdown.total().minorUnits()) {
                throw ApiException.invalid(amountField, "must be absent or equal the sum of the named lines ("
                        + MoneyText.format(breakdown.total()) + ")");
            }
            return breakdown;
        }
        RefundBreakdown breakdown = switch (remedy) {
            case FULL_REFUND -> whole(quote, currency, true);
            case RETURN_AND_REFUND -> amount == null ? whole(quote, currency, true)
                    : spread(quote, amount, currency, amountField);
            case PARTIAL_REFUND -> spread(quote, amount, currency, amountField);
            case REPLACEMENT -> null;
        };
        if (breakdown != null && breakdown.total().minorUnits() == 0) {
            throw ApiException.refusedBy(422, "NOTHING_REFUNDABLE", amountField, "the policy refunds no cost line"
                    + " of the item for this claim; name the lines to refund");
        }
        return breakdown;
    }

    /**
     * {@code amount} spread over {@code caps} in proportion to each cap, rounded down, the rounding's remainder one
     * unit each to the first entries with room; {@code amount} must not exceed the caps' sum.
     */
    public static long[] spread(long amount, long[] caps) {
        long base = 0;
        for (long cap : caps) {
            base += cap;
        }
        if (amount < 0 || amount > base) {
            throw new IllegalArgumentException("cannot spread " + amount + " over " + base);
        }
        long[] shares = new long[caps.length];
        long given = 0;
        for (int i = 0; i < caps.length; i++) {
            shares[i] = base == 0 ? 0 : BigInteger.valueOf(amount).multiply(BigInteger.valueOf(caps[i]))
                    .divide(BigInteger.valueOf(base)).longValueExact();
            given += shares[i];
        }
        for (int i = 0; i < caps.length && given < amount; i++) {
            if (shares[i] < caps[i]) {
                shares[i]++;
                given++;
            }
        }
        return shares;
    }

    private static RefundBreakdown whole(RefundBreakdown quote, String currency, boolean keepDeductions) {
        List<RefundLine> lines = new ArrayList<>();
        long refunded = 0;
        for (RefundLine line : quote.lines()) {
            long refund = line.bearer() == null ? 0 : line.paid().minorUnits();
            refunded += refund;
            lines.add(withRefund(line, refund, currency));
        }
        List<RefundDeduction> deductions = new ArrayList<>();
        long deducted = 0;
        if (keepDeductions) {
            for (RefundDeduction deduction : quote.deductions()) {
                long kept = Math.min(deduction.amount().minorUnits(), refunded - deducted);
                deducted += kept;
                deductions.add(new RefundDeduction(deduction.kind(), Money.of(kept, currency)));
            }
        }
        return new RefundBreakdown(lines, deductions, Money.of(refunded - deducted, currency));
    }

    private static RefundBreakdown spread(RefundBreakdown quote, Money amount, String currency, String field) {
        List<RefundLine> refundable = quote.lines().stream().filter(line -> line.bearer() != null).toList();
        long[] caps = refundable.stream().mapToLong(line -> line.paid().minorUnits()).toArray();
        long base = 0;
        for (long cap : caps) {
            base += cap;
        }
        if (amount.minorUnits() > base) {
            throw ApiException.invalid(field + ".minorUnits", "must not exceed what the policy refunds of the item ("
                    + MoneyText.format(Money.of(base, currency)) + "); name the lines to refund beyond it");
        }
        long[] shares = spread(amount.minorUnits(), caps);
        List<RefundLine> lines = new ArrayList<>();
        int next = 0;
        for (RefundLine line : quote.lines()) {
            lines.add(withRefund(line, line.bearer() == null ? 0 : shares[next++], currency));
        }
        return new RefundBreakdown(lines, List.of(), Money.of(amount.minorUnits(), currency));
    }

    private static RefundBreakdown named(RefundBreakdown quote, List<Named> named, String currency, String chooser,
            String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            Named line = named.get(i);
            String at = field + "[" + i + "]";
            if (line == null || line.kind() == null) {
                throw ApiException.invalid(at + ".kind", "is required");
            }
            if (!seen.add(line.kind())) {
                throw ApiException.invalid(at + ".kind", "names " + line.kind() + " twice");
            }
            RefundLine cost = quote.lines().stream().filter(candidate -> candidate.kind().equals(line.kind()))
                    .findFirst().orElseThrow(() -> ApiException.invalid(at + ".kind", "must be a cost line of the item: "
                            + String.join(", ", quote.lines().stream().map(RefundLine::kind).toList())));
            if (line.amount() == null) {
                throw ApiException.invalid(at + ".amount", "is required");
            }
            if (!line.amount().currency().equals(currency)) {
                throw ApiException.invalid(at + ".amount.currency", "must be " + currency + ", the currency the buyer paid");
            }
            if (line.amount().exceeds(cost.paid())) {
                throw ApiException.invalid(at + ".amount.minorUnits", "must not exceed what the buyer paid for the line ("
                        + MoneyText.format(cost.paid()) + ")");
            }
        }
        List<RefundLine> lines = new ArrayList<>();
        long total = 0;
        for (RefundLine line : quote.lines()) {
            long refund = named.stream().filter(candidate -> candidate.kind().equals(line.kind()))
                    .mapToLong(candidate -> candidate.amount().minorUnits()).findFirst().orElse(0);
            total += refund;
            RefundLine refunded = withRefund(line, refund, currency);
            lines.add(refund > 0 && line.bearer() == null
                    ? new RefundLine(line.kind(), line.paid(), line.paidCny(), refunded.refund(), chooser) : refunded);
        }
        if (total == 0) {
            throw ApiException.invalid(field, "must refund more than nothing");
        }
        return new RefundBreakdown(lines, List.of(), Money.of(total, currency));
    }

    private static RefundLine withRefund(RefundLine line, long refund, String currency) {
        return new RefundLine(line.kind(), line.paid(), line.paidCny(), Money.of(refund, currency), line.bearer());
    }
}
