package io.refunds.order.policy;

import io.refunds.events.Remedy;
import io.refunds.platform.api.LineKind;
import io.refunds.platform.api.MoneyInput;
import java.util.List;

/**
 * A claim's quote as the API shows it before the buyer confirms: whether the claim may be made now (and the rule),
 * the stage, reason and fault, line by line what is refunded and why and who bears it, what is kept, the total paid
 * to the buyer and each bearer's share.
 */
public record QuoteView(boolean eligible, EligibilityRule rule, String detail, ClaimStage stage, String reason,
        Fault fault, Remedy remedy, List<LineView> lines, List<KeptView> deductions, MoneyInput refunded,
        MoneyInput deducted, MoneyInput total, List<ShareView> bearers, Eligibility.Quota quota) {

    /** One cost line: what was paid, what is refunded, whether, why, and who bears it (null: nobody, not refunded). */
    public record LineView(LineKind kind, MoneyInput paid, MoneyInput refund, boolean refundable, Bearer bearer,
            String why) {

        public static LineView of(CostQuote.Line line) {
            return new LineView(line.kind(), MoneyInput.of(line.paid()), MoneyInput.of(line.refund()),
                    line.refundable(), line.bearer(), line.why());
        }
    }

    /** An amount kept by the agent, and why. */
    public record KeptView(Deduction kind, MoneyInput amount, String why) {
    }

    /** A bearer's share of the refunded lines. */
    public record ShareView(Bearer bearer, MoneyInput amount) {

        public static ShareView of(CostQuote.Share share) {
            return new ShareView(share.bearer(), MoneyInput.of(share.amount()));
        }
    }

    public static QuoteView of(Eligibility eligibility, String reason, CostQuote.Quote quote) {
        return new QuoteView(eligibility.eligible(), eligibility.rule(), eligibility.detail(), eligibility.stage(),
                reason, eligibility.fault(), quote.remedy(),
                quote.lines().stream().map(LineView::of).toList(),
                quote.deductions().stream().map(kept -> new KeptView(kept.kind(), MoneyInput.of(kept.amount()),
                        kept.why())).toList(),
                MoneyInput.of(quote.refunded()), MoneyInput.of(quote.deducted()), MoneyInput.of(quote.total()),
                quote.bearers().stream().map(ShareView::of).toList(),
                eligibility.quota());
    }
}
