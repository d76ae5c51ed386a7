package io.refunds.refund.refund;

import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundLine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cause made of cost lines pays, line by line, pure: each line is owed what the breakdown refunds of it (never
 * more than the buyer paid for it) less what the item's earlier refunds paid on that line, so nothing is ever
 * refunded beyond a line across all cases; the deductions are kept from what this refund pays (never below zero).
 * A seller-borne line recovers its CNY cost in the share the line's refunds now cover (half-even to the fen, less
 * what earlier refunds recovered on it), or without a CNY cost its amount at the locked rate.
 */
public final class LineRefunds {

    private LineRefunds() {
    }

    /** The lines this refund pays (only those that pay something), what it keeps, and the amount paid. */
    public record Payout(List<LinePayout> lines, long deducted, Money amount) {

        /** What the seller-borne lines recover from the seller in CNY; null when none does. */
        public Money sellerCny() {
            long total = 0;
            boolean any = false;
            for (LinePayout line : lines) {
                if ("SELLER".equals(line.bearer()) && line.cny() != null) {
                    total += line.cny().minorUnits();
                    any = true;
                }
            }
            return any ? Money.of(total, SellerLeg.CNY) : null;
        }
    }

    public static Payout of(RefundBreakdown breakdown, ItemRefunds earlier, BigDecimal exchangeRate) {
        String currency = breakdown.total().currency();
        List<LinePayout> lines = new ArrayList<>();
        long paying = 0;
        for (RefundLine line : breakdown.lines()) {
            if (line.bearer() == null || line.refund() == null) {
                continue;
            }
            long owed = Math.min(line.refund().minorUnits(), line.paid().minorUnits());
            long before = earlier.refundedOn(line.kind());
            long pay = Math.max(0, owed - before);
            if (pay == 0) {
                continue;
            }
            paying += pay;
            Money amount = Money.of(pay, currency);
            Money cny = "SELLER".equals(line.bearer()) ? sellerCny(line, before, pay, earlier, exchangeRate) : null;
            lines.add(new LinePayout(line.kind(), line.bearer(), amount, cny));
        }
        long deducted = Math.min(breakdown.deductedMinor(), paying);
        return new Payout(lines, deducted, Money.of(paying - deducted, currency));
    }

    private static Money sellerCny(RefundLine line, long before, long pay, ItemRefunds earlier, BigDecimal rate) {
        if (line.paidCny() != null && line.paid().minorUnits() > 0) {
            long covered = Math.min(before + pay, line.paid().minorUnits());
            long share = new BigDecimal(BigInteger.valueOf(line.paidCny().minorUnits()).multiply(BigInteger.valueOf(
                    covered))).divide(BigDecimal.valueOf(line.paid().minorUnits()), 0, RoundingMode.HALF_EVEN)
                    .longValueExact();
            return Money.of(Math.max(0, share - earlier.recoveredCnyOn(line.kind())), SellerLeg.CNY);
        }
        return SellerLeg.inCny(Money.of(pay, line.paid().currency()), rate).orElse(null);
    }
}
