package io.refunds.order.cases;

import io.refunds.events.IssueReported;
import io.refunds.events.ParcelClaim;
import io.refunds.events.ParcelFound;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundDestination;
import io.refunds.events.Remedy;
import io.refunds.order.cases.CaseLifecycle.Announcement;
import io.refunds.order.evidence.Evidence;
import io.refunds.order.order.OrderItem;
import io.refunds.order.parcels.ParcelClaimRecord;
import io.refunds.order.parcels.ParcelService;
import io.refunds.order.parcels.Parcels;
import io.refunds.order.policy.ClaimStage;
import io.refunds.order.policy.CostQuote;
import io.refunds.order.policy.EligibilityRule;
import io.refunds.order.policy.Fault;
import io.refunds.order.policy.ParcelClaimReason;
import io.refunds.order.policy.ParcelClaims;
import io.refunds.order.policy.ParcelPolicy;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.platform.parties.CaseParties;
import io.refunds.platform.problem.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rules of a claim on an international parcel, pure: it is made once per reason, within the reason's window
 * ({@link ParcelClaims}), by the parcel's buyer, on all its items at once — none may have an open case — with photos
 * for damage; it opens one case per item (stage IN_TRANSIT, the carrier's fault) owed what the parcel's insurance pays,
 * each announcing IssueReported with the parcel, so the agents decide without a seller conversation. A parcel claimed
 * LOST that the carrier scans again is found: each of its cases announces ParcelFound with what it refunded.
 */
public final class ParcelClaimRules {

    private ParcelClaimRules() {
    }

    /** One item of the parcel as loaded: the item (locked), its payout, its QC photos, whether it has an open case. */
    public record ClaimedItem(OrderItem item, CostQuote.Quote payout, List<Evidence> qcPhotos, boolean openCase) {
    }

    /**
     * A claim as loaded: its id to be, the parcel's journey and tracking, the items, the claims made before, the
     * uploads the request names, and the rules in force.
     */
    public record Claim(UUID claimId, String buyerId, ParcelClaimRequest request, ParcelClaims.Parcel parcel,
            String lastScanLocation, List<ClaimedItem> items, List<ParcelClaimRecord> made, List<Evidence> uploads,
            ParcelPolicy policy, int damagedMinEvidence) {
    }

    /** The claim made, its cases (one per item, in item order), the evidence now on the first, and what to publish. */
    public record Opened(ParcelClaimRecord claim, List<RefundCase> cases, List<Evidence> evidence,
            List<List<Announcement>> announcements) {
    }

    /** Opens the claim when every rule allows it; a refusal names its rule and field. */
    public static Opened open(Claim claim, Instant now) {
        ParcelClaimRequest request = claim.request();
        ParcelClaimReason reason = request.reason();
        String parcelId = claim.parcel().parcelId();
        Parcels.requireNotClaimed(reason, parcelId, claim.made());
        Instant until = ParcelClaims.deadline(reason, claim.parcel(), claim.policy(), now);
        for (ClaimedItem claimed : claim.items()) {
            if (claimed.openCase()) {
                throw ApiException.refusedBy(409, EligibilityRule.OPEN_CASE_EXISTS.name(), "parcelId", "item "
                        + claimed.item().itemId + " of order " + claimed.item().orderId + " in parcel " + parcelId
                        + " has an open case; it must close before the parcel can be claimed");
            }
        }
        int minEvidence = reason == ParcelClaimReason.DAMAGED_IN_TRANSIT ? claim.damagedMinEvidence() : 0;
        if (request.evidence().size() < minEvidence) {
            throw ApiException.refusedBy(422, EligibilityRule.EVIDENCE_REQUIRED.name(), "evidenceIds",
                    reason + " needs at least " + minEvidence + " photo(s) or video(s) of the damage");
        }
        if (request.destination() == RefundDestination.ORIGINAL_PAYMENT
                && claim.items().stream().anyMatch(claimed -> claimed.item().paymentReference == null)) {
            throw ApiException.refusedBy(422, "ORIGINAL_PAYMENT_UNKNOWN", "refundDestination",
                    "an item of the parcel has no payment provider reference; the refunds can go to the wallet");
        }
        if (claim.items().stream().allMatch(claimed -> claimed.payout().total().minorUnits() == 0)) {
            throw ApiException.refusedBy(422, "NOTHING_REFUNDABLE", "reason", "the parcel's insurance and the policy"
                    + " refund no cost line of its items for " + reason + "; see the parcel's claims");
        }
        ParcelClaimRecord record = Parcels.claim(claim.claimId(), parcelId, reason, claim.buyerId(), until, now);
        ParcelClaim parcel = parcelOf(claim, until);
        List<RefundCase> cases = new ArrayList<>();
        List<Evidence> attached = List.of();
        List<List<Announcement>> announcements = new ArrayList<>();
        for (ClaimedItem claimed : claim.items()) {
            RefundCase refundCase = reported(claim, claimed, now);
            if (cases.isEmpty()) {
                attached = CaseLifecycle.attach(request.evidence(), claim.uploads(), claim.buyerId(), refundCase.id);
            }
            cases.add(refundCase);
            OrderItem item = claimed.item();
            IssueReported event = new IssueReported(refundCase.id, item.orderId, item.itemId, item.title,
                    claim.buyerId(), item.sellerId, reason.name(), request.description(), Remedy.FULL_REFUND,
                    refundCase.requested(), item.paid(), CaseLifecycle.refs(attached),
                    CaseLifecycle.refs(claimed.qcPhotos()), now, new PaymentTerms(item.exchangeRate,
                            item.paymentReference, request.destination(), item.sellerPriceCny()),
                    claimed.payout().lines().isEmpty() ? null : claimed.payout().breakdown(), parcel);
            TimelineLine line = TimelineLine.parcelClaimed(reason.name(), parcelId, refundCase.requested(),
                    event.quote());
            announcements.add(List.of(new Announcement(event, claim.buyerId(), line, now)));
        }
        return new Opened(record, cases, attached, announcements);
    }

    /**
     * The carrier scanned the parcel claimed LOST again at {@code at}: the claim is found (once) and each of its
     * cases announces ParcelFound with what it refunded; nothing when it was found before.
     */
    public static List<List<Announcement>> found(ParcelClaimRecord lostClaim, List<RefundCase> cases, Instant at,
            String location, Instant now) {
        if (!Parcels.found(lostClaim, at, location)) {
            return List.of();
        }
        List<List<Announcement>> announcements = new ArrayList<>();
        for (RefundCase refundCase : cases) {
            CaseParties parties = refundCase.parties;
            refundCase.updatedAt = now;
            ParcelFound event = new ParcelFound(lostClaim.id(), refundCase.id, lostClaim.parcelId(),
                    parties.orderId(), parties.itemId(), parties.buyerId(), location, lostClaim.foundAt());
            announcements.add(List.of(new Announcement(event, "system", TimelineLine.parcelFound(
                    lostClaim.parcelId(), location, lostClaim.foundAt(), refundCase.refunded()), now)));
        }
        return announcements;
    }

    private static RefundCase reported(Claim claim, ClaimedItem claimed, Instant now) {
        OrderItem item = claimed.item();
        RefundCase refundCase = new RefundCase();
        refundCase.id = UUID.randomUUID();
        refundCase.parties = new CaseParties(item.orderId, item.itemId, claim.buyerId(), item.sellerId,
                claim.request().reason().name(), item.paid());
        refundCase.itemTitle = item.title;
        refundCase.description = claim.request().description();
        refundCase.requestedOutcome = Remedy.FULL_REFUND;
        refundCase.requestedMinor = Math.min(claimed.payout().total().minorUnits(), item.paidMinor);
        refundCase.refundDestination = claim.request().destination();
        refundCase.claimStage = ClaimStage.IN_TRANSIT;
        refundCase.fault = Fault.CARRIER;
        refundCase.parcelClaimId = claim.claimId();
        refundCase.status = CaseStatus.REPORTED;
        refundCase.reportedAt = now;
        refundCase.updatedAt = now;
        return refundCase;
    }

    private static ParcelClaim parcelOf(Claim claim, Instant until) {
        ParcelClaims.Parcel parcel = claim.parcel();
        OrderItem first = claim.items().get(0).item();
        return new ParcelClaim(claim.claimId(), parcel.parcelId(), first.parcelCarrier, first.parcelTracking,
                parcel.shippedAt(), parcel.deliveredAt(), parcel.lastScanAt(), claim.lastScanLocation(),
                parcel.carrierDeclaredLost(), until.truncatedTo(ChronoUnit.MICROS), claim.items().stream()
                        .map(ClaimedItem::item).map(item -> new ParcelClaim.Item(item.orderId, item.itemId,
                                item.title, item.paid(), ParcelService.insured(item))).toList());
    }
}
