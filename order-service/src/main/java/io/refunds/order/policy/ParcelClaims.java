package io.refunds.order.policy;

import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.order.order.ItemCostLine;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.Moments;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a claim on an international parcel, pure: when each reason may be claimed (a parcel not delivered is
 * lost only after the policy's silence or the carrier's word, seized any time before its window closes; a damaged one
 * once delivered) and by when, and what each of its items pays — an insured item its value and its share of the
 * international shipping, capped at the amount it was insured for and borne by the carrier's insurer; an uninsured
 * one the lines the policy names.
 */
public final class ParcelClaims {

    private ParcelClaims() {
    }

    /**
     * A parcel as its journey recorded it: shipped abroad, delivered (null while not), the carrier's last scan (null
     * when none came) and whether the carrier itself declared it lost.
     */
    public record Parcel(String parcelId, Instant shippedAt, Instant deliveredAt, Instant lastScanAt,
            boolean carrierDeclaredLost) {

        public Parcel {
            Objects.requireNonNull(parcelId, "parcelId");
            Objects.requireNonNull(shippedAt, "shippedAt");
        }
    }

    /** The last instant {@code reason} may be claimed on {@code parcel}; refused (409) when it may not be now. */
    public static Instant deadline(ParcelClaimReason reason, Parcel parcel, ParcelPolicy policy, Instant now) {
        Instant deadline = switch (reason) {
            case LOST, SEIZED -> parcel.shippedAt().plus(policy.afterShipment());
            case DAMAGED_IN_TRANSIT -> {
                if (parcel.deliveredAt() == null) {
                    throw ApiException.refusedBy(409, "PARCEL_NOT_DELIVERED", "reason", "parcel " + parcel.parcelId()
                            + " is not delivered yet: damage in transit is claimed once it arrives");
                }
                yield parcel.deliveredAt().plus(policy.afterDelivery());
            }
        };
        if (reason != ParcelClaimReason.DAMAGED_IN_TRANSIT && parcel.deliveredAt() != null) {
            throw ApiException.refusedBy(409, "PARCEL_DELIVERED", "reason", "parcel " + parcel.parcelId()
                    + " was delivered at " + Moments.format(parcel.deliveredAt())
                    + ": claim damage in transit, or the item after delivery");
        }
        if (now.isAfter(deadline)) {
            throw ApiException.refusedBy(409, "PARCEL_CLAIM_WINDOW_CLOSED", "reason", reason + " could be claimed on"
                    + " parcel " + parcel.parcelId() + " until " + Moments.format(deadline));
        }
        if (reason == ParcelClaimReason.LOST && !parcel.carrierDeclaredLost()) {
            Instant lastHeard = parcel.lastScanAt() == null ? parcel.shippedAt() : parcel.lastScanAt();
            Instant lostFrom = lastHeard.plus(policy.lostAfterSilence());
            if (now.isBefore(lostFrom)) {
                throw ApiException.refusedBy(409, "PARCEL_NOT_YET_LOST", "reason", "parcel " + parcel.parcelId()
                        + " was last heard of at " + Moments.format(lastHeard) + "; it counts as lost from "
                        + Moments.format(lostFrom) + " unless the carrier says so earlier");
            }
        }
        return deadline;
    }

    /**
     * What one of the parcel's items pays: {@code insured} is the amount it was insured for (null or zero: not
     * insured). An insured item whose value and shipping exceed its insurance is paid the insured amount, spread over
     * the lines in proportion (CostQuote's partial rule).
     */
    public static CostQuote.Quote payout(List<ItemCostLine> lines, String currency, Money insured,
            ParcelPolicy policy) {
        boolean isInsured = insured != null && insured.minorUnits() > 0;
        CostQuote.Rule rule = isInsured ? policy.insured() : policy.uninsured();
        CostQuote.Fees noFees = new CostQuote.Fees(0, 0);
        if (!isInsured) {
            return CostQuote.of(lines, currency, rule, Remedy.FULL_REFUND, null, false, noFees, null);
        }
        if (!insured.currency().equals(currency)) {
            throw new IllegalArgumentException("insured in " + insured.currency() + ", paid in " + currency);
        }
        long covered = lines.stream().filter(line -> rule.refunded().containsKey(line.kind))
                .mapToLong(line -> line.amountMinor).sum();
        return covered <= insured.minorUnits()
                ? CostQuote.of(lines, currency, rule, Remedy.FULL_REFUND, null, false, noFees, null)
                : CostQuote.of(lines, currency, rule, Remedy.PARTIAL_REFUND, insured, false, noFees, null);
    }
}
