package io.refunds.order.parcels;

import io.refunds.order.policy.CostQuote;
import io.refunds.order.policy.QuoteView;
import io.refunds.platform.api.MoneyInput;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An international parcel as its buyer and staff see it before claiming: its items, carrier and tracking, what the
 * carrier last said, for each claim reason whether it may be made now (the rule when not) and until when, with
 * what each item would be paid, line by line, and who bears it, and the claims already made.
 */
public record ParcelView(String parcelId, String carrier, String tracking, Instant shippedAt, Instant deliveredAt,
        Instant lastScanAt, String lastScanLocation, boolean carrierDeclaredLost, List<ItemView> items,
        List<ClaimView> claims, List<ClaimedView> claimed) {

    /** One item in the parcel: what was paid and what it was insured for (null: not insured). */
    public record ItemView(String orderId, String itemId, String title, MoneyInput paid, MoneyInput insured) {
    }

    /** A claim reason: claimable now or why not, until when, and each item's payout. */
    public record ClaimView(String reason, boolean claimable, String rule, String detail, Instant until,
            List<PayoutView> payouts) {
    }

    /** A claim made on the parcel: its cases are listed at {@code /api/parcels/{parcelId}/claims/{claimId}}. */
    public record ClaimedView(UUID claimId, String reason, Instant claimedAt, Instant foundAt, String foundLocation) {

        static ClaimedView of(ParcelClaimRecord claim) {
            return new ClaimedView(claim.id, claim.reason.name(), claim.claimedAt, claim.foundAt,
                    claim.foundLocation);
        }
    }

    /** What one item would be paid: its lines, the total and each bearer's share. */
    public record PayoutView(String orderId, String itemId, List<QuoteView.LineView> lines, MoneyInput total,
            List<QuoteView.ShareView> bearers) {

        static PayoutView of(String orderId, String itemId, CostQuote.Quote quote) {
            return new PayoutView(orderId, itemId, quote.lines().stream().map(QuoteView.LineView::of).toList(),
                    MoneyInput.of(quote.total()), quote.bearers().stream().map(QuoteView.ShareView::of).toList());
        }
    }
}
