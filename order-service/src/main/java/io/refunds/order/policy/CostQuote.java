package io.refunds.order.policy;

import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundDeduction;
import io.refunds.events.RefundLine;
import io.refunds.events.Remedy;
import io.refunds.order.order.ItemCostLine;
import io.refunds.platform.api.LineKind;
import io.refunds.platform.api.RefundLines;
import io.refunds.platform.text.MoneyText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a claim would refund, line by line, before the buyer confirms — pure. The stage and fault's rule says which
 * lines are refunded and who bears each; a full refund or a return refunds those lines whole, a partial refund
 * spreads its amount over them by the rule offers and decisions share ({@link RefundLines#spread}: in proportion to
 * what each line cost, rounded down, the remainder one unit each to the first lines in kind order with room, so no
 * line ever gets more than it cost), an exchange refunds nothing. A return deducts the postage
 * back to the seller when the rule says so, and a buyer-fault return past the free quota the return fee; fees are
 * set in CNY and converted at the item's locked rate, rounded down; deductions never exceed what is refunded.
 */
public final class CostQuote {

    private CostQuote() {
    }

    /**
     * One line of the quote: what the buyer paid for it (and its CNY cost, where it is one), what is refunded, whether
     * and why, and who bears it.
     */
    public record Line(LineKind kind, Money paid, Money paidCny, Money refund, boolean refundable, Bearer bearer,
            String why) {
    }

    /** An amount kept from the refund, by the agent, and why. */
    public record Kept(Deduction kind, Money amount, String why) {
    }

    /** A bearer's share of the refunded lines. */
    public record Share(Bearer bearer, Money amount) {
    }

    /** The whole quote: the lines, what is kept, the total paid to the buyer, and the bearers' shares. */
    public record Quote(Remedy remedy, String currency, List<Line> lines, List<Kept> deductions, Money refunded,
            Money deducted, Money total, List<Share> bearers) {

        /** The quote as events carry it: what offers and decisions are composed from, line by line. */
        public RefundBreakdown breakdown() {
            return new RefundBreakdown(
                    lines.stream().map(line -> new RefundLine(line.kind().name(), line.paid(), line.paidCny(),
                            line.refund(), line.bearer() == null ? null : line.bearer().name())).toList(),
                    deductions.stream().filter(kept -> kept.amount().minorUnits() > 0)
                            .map(kept -> new RefundDeduction(kept.kind().name(), kept.amount())).toList(),
                    total);
        }
    }

    /** A stage and fault's rule: the refunded lines with their bearer, and the deductions that apply to a return. */
    public record Rule(Map<LineKind, Bearer> refunded, List<Deduction> deductions) {
    }

    /** The fees, in CNY minor units. */
    public record Fees(long returnShippingCny, long returnFeeCny) {
    }

    /**
     * The quote for {@code lines} (the item's, in {@code currency}) under {@code rule} and {@code remedy};
     * {@code partial} is the amount asked for a partial refund; {@code feeApplies} when the buyer's free quota is used;
     * {@code rate} units of {@code currency} per 1 CNY (null: fees cannot be converted unless the currency is CNY).
     */
    public static Quote of(List<ItemCostLine> lines, String currency, Rule rule, Remedy remedy, Money partial,
            boolean feeApplies, Fees fees, BigDecimal rate) {
        List<ItemCostLine> sorted = lines.stream().sorted((a, b) -> a.kind.compareTo(b.kind)).toList();
        Map<LineKind, Long> refunds = refunds(sorted, rule, remedy, partial);
        List<Line> quoted = new ArrayList<>();
        Map<Bearer, Long> shares = new EnumMap<>(Bearer.class);
        long refunded = 0;
        for (ItemCostLine line : sorted) {
            Bearer bearer = rule.refunded().get(line.kind);
            long refund = refunds.getOrDefault(line.kind, 0L);
            refunded += refund;
            if (bearer != null && refund > 0) {
                shares.merge(bearer, refund, Long::sum);
            }
            quoted.add(new Line(line.kind, line.amount(), line.cny(), Money.of(refund, currency), bearer != null, bearer,
                    why(line.kind, bearer, remedy)));
        }
        List<Kept> kept = new ArrayList<>();
        long deducted = 0;
        if (remedy == Remedy.RETURN_AND_REFUND && refunded > 0) {
            for (Deduction deduction : rule.deductions()) {
                if (deduction == Deduction.RETURN_FEE && !feeApplies) {
                    continue;
                }
                long cny = deduction == Deduction.RETURN_SHIPPING ? fees.returnShippingCny() : fees.returnFeeCny();
                Money fee = fromCny(cny, currency, rate);
                if (fee == null) {
                    kept.add(new Kept(deduction, Money.of(0, currency), "not deducted: the item has no locked"
                            + " exchange rate to convert the fee of " + MoneyText.format(Money.of(cny, "CNY"))));
                    continue;
                }
                long amount = Math.min(fee.minorUnits(), refunded - deducted);
                deducted += amount;
                kept.add(new Kept(deduction, Money.of(amount, currency), deduction == Deduction.RETURN_SHIPPING
                        ? "the postage of returning the item to the seller, " + MoneyText.format(Money.of(cny, "CNY"))
                        : "this month's free return is used: the return fee, " + MoneyText.format(Money.of(cny,
                                "CNY"))));
            }
        }
        List<Share> bearers = shares.entrySet().stream()
                .map(share -> new Share(share.getKey(), Money.of(share.getValue(), currency))).toList();
        return new Quote(remedy, currency, quoted, kept, Money.of(refunded, currency), Money.of(deducted, currency),
                Money.of(refunded - deducted, currency), bearers);
    }

    /** {@code cny} minor units of CNY in {@code currency} at {@code rate}, rounded down; null without a rate. */
    static Money fromCny(long cny, String currency, BigDecimal rate) {
        if ("CNY".equals(currency)) {
            return Money.of(cny, currency);
        }
        if (rate == null) {
            return null;
        }
        BigDecimal units = BigDecimal.valueOf(cny).movePointLeft(MoneyText.fractionDigits("CNY")).multiply(rate);
        return Money.of(units.movePointRight(MoneyText.fractionDigits(currency)).setScale(0, RoundingMode.DOWN)
                .longValueExact(), currency);
    }

    private static Map<LineKind, Long> refunds(List<ItemCostLine> lines, Rule rule, Remedy remedy,
            Money partial) {
        Map<LineKind, Long> refunds = new EnumMap<>(LineKind.class);
        List<ItemCostLine> refundable = lines.stream().filter(line -> rule.refunded().containsKey(line.kind))
                .toList();
        switch (remedy) {
            case FULL_REFUND, RETURN_AND_REFUND -> refundable.forEach(line -> refunds.put(line.kind, line.amountMinor));
            case PARTIAL_REFUND -> {
                long[] caps = refundable.stream().mapToLong(line -> line.amountMinor).toArray();
                long base = java.util.Arrays.stream(caps).sum();
                long[] shares = RefundLines.spread(partial == null ? 0 : Math.min(partial.minorUnits(), base), caps);
                for (int i = 0; i < shares.length; i++) {
                    refunds.put(refundable.get(i).kind, shares[i]);
                }
            }
            case REPLACEMENT -> {
            }
        }
        return refunds;
    }

    private static String why(LineKind kind, Bearer bearer, Remedy remedy) {
        if (bearer == null) {
            return "not refunded for this reason at this stage";
        }
        if (remedy == Remedy.REPLACEMENT) {
            return "an exchange refunds nothing: the seller sends the right item";
        }
        return switch (bearer) {
            case SELLER -> "refunded, recovered from the seller";
            case AGENT -> "refunded by the agent";
            case CARRIER -> "refunded, claimed from the carrier's insurance";
        };
    }
}
