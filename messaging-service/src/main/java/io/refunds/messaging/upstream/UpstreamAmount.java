package io.refunds.messaging.upstream;

import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundLine;
import io.refunds.events.Remedy;
import io.refunds.platform.api.RefundLines;
import io.refunds.platform.problem.ApiException;
import java.math.BigInteger;
import java.util.List;

/**
 * What the agent asks the marketplace seller for, in CNY, pure: of each cost line the seller bears, the share the
 * buyer asks back of what the line cost in CNY (rounded down to the fen); without cost lines, that share of the
 * item's CNY price. Null when there is nothing to ask (no CNY price, or the seller bears nothing).
 */
public final class UpstreamAmount {

    private UpstreamAmount() {
    }

    public static Money of(IssueReported claim) {
        Money paid = claim.amountPaid();
        Money asked = claim.requestedOutcome() == Remedy.FULL_REFUND || claim.requestedAmount() == null
                ? (claim.quote() == null ? paid : claim.quote().total()) : claim.requestedAmount();
        RefundBreakdown lines = breakdown(claim, asked);
        if (lines != null) {
            long fen = 0;
            String currency = null;
            for (RefundLine line : lines.lines()) {
                if ("SELLER".equals(line.bearer()) && line.paidCny() != null && line.refund() != null
                        && line.paid().minorUnits() > 0) {
                    fen += share(line.paidCny().minorUnits(), line.refund().minorUnits(), line.paid().minorUnits());
                    currency = line.paidCny().currency();
                }
            }
            return fen > 0 ? Money.of(fen, currency) : null;
        }
        Money price = claim.paymentTerms() == null ? null : claim.paymentTerms().itemPriceCny();
        if (price == null || paid == null || paid.minorUnits() <= 0) {
            return null;
        }
        long fen = share(price.minorUnits(), Math.min(asked.minorUnits(), paid.minorUnits()), paid.minorUnits());
        return fen > 0 ? Money.of(fen, price.currency()) : null;
    }

    private static RefundBreakdown breakdown(IssueReported claim, Money asked) {
        if (claim.quote() == null || claim.quote().lines().isEmpty()) {
            return null;
        }
        try {
            return RefundLines.compose(claim.quote(), claim.requestedOutcome(), asked, List.of(), "SELLER",
                    "amount", "lines");
        } catch (ApiException outsideTheQuote) {
            return claim.quote();
        }
    }

    private static long share(long whole, long part, long of) {
        return BigInteger.valueOf(whole).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(of))
                .longValueExact();
    }
}
