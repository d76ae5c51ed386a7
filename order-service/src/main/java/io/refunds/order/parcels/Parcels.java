package io.refunds.order.parcels;

import io.refunds.order.order.ItemJourney;
import io.refunds.order.order.JourneyStep;
import io.refunds.order.order.OrderItem;
import io.refunds.order.policy.ParcelClaimReason;
import io.refunds.order.policy.ParcelClaims;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.Moments;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The rules of a parcel's tracking, pure: the parcel is what its items' journeys recorded (shipped abroad when the
 * first of them was, delivered once all of them were), and the carrier's scans only move its last scan forward; a
 * scan may say the carrier declared it lost, and a later ordinary scan says it was found. A parcel is claimed once
 * for each reason, and a LOST claim is found once.
 */
public final class Parcels {

    private Parcels() {
    }

    /** The parcel its items and tracking describe, for {@link ParcelClaims}. */
    public static ParcelClaims.Parcel parcel(String parcelId, List<OrderItem> items, ParcelTracking tracking) {
        Instant shipped = items.stream().map(item -> item.shippedAbroadAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElseThrow();
        boolean allDelivered = items.stream().allMatch(item -> item.journeyStep == JourneyStep.DELIVERED);
        Instant delivered = !allDelivered ? null : items.stream().map(item -> item.receivedAt)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new ParcelClaims.Parcel(parcelId, shipped, delivered, tracking == null ? null : tracking.lastScanAt,
                tracking != null && tracking.carrierDeclaredLost);
    }

    /**
     * A carrier scan of the parcel shipped at {@code shippedAt}: not in the future, not before it was shipped; an
     * older scan than the last one changes nothing (false); {@code lost} records the carrier's declaration.
     */
    public static boolean scan(ParcelTracking tracking, Instant shippedAt, Instant requestedAt, String location,
            boolean lost, Instant now) {
        Instant at = (requestedAt == null ? now : requestedAt).truncatedTo(ChronoUnit.MICROS);
        ItemJourney.requireNotInTheFuture(at, now, "scannedAt");
        if (at.isBefore(shippedAt)) {
            throw ApiException.invalid("scannedAt", "must not be before the parcel was shipped abroad at "
                    + Moments.format(shippedAt));
        }
        if (tracking.lastScanAt != null && !at.isAfter(tracking.lastScanAt)) {
            return false;
        }
        tracking.lastScanAt = at;
        tracking.lastScanLocation = location;
        tracking.carrierDeclaredLost = lost;
        tracking.updatedAt = now;
        return true;
    }

    /** A parcel may be claimed once for each reason: a second claim for one already made is a conflict (409). */
    public static void requireNotClaimed(ParcelClaimReason reason, String parcelId, List<ParcelClaimRecord> claims) {
        claims.stream().filter(claim -> claim.reason == reason).findFirst().ifPresent(claim -> {
            throw ApiException.refusedBy(409, "PARCEL_ALREADY_CLAIMED", "reason", "parcel " + parcelId
                    + " was claimed " + reason + " at " + Moments.format(claim.claimedAt) + " (claim " + claim.id
                    + ")");
        });
    }

    /** The buyer's claim on the parcel, made at {@code now} and allowed until {@code until}. */
    public static ParcelClaimRecord claim(UUID id, String parcelId, ParcelClaimReason reason, String buyerId,
            Instant until, Instant now) {
        ParcelClaimRecord claim = new ParcelClaimRecord();
        claim.id = id;
        claim.parcelId = parcelId;
        claim.reason = reason;
        claim.buyerId = buyerId;
        claim.claimedAt = now.truncatedTo(ChronoUnit.MICROS);
        claim.claimableUntil = until.truncatedTo(ChronoUnit.MICROS);
        return claim;
    }

    /**
     * A carrier scan that moved the parcel on (a later scan, not a lost declaration) finds a parcel claimed LOST:
     * recorded once, with when and where; false when the claim was found already.
     */
    public static boolean found(ParcelClaimRecord lostClaim, Instant at, String location) {
        if (lostClaim.reason != ParcelClaimReason.LOST) {
            throw new IllegalArgumentException("only a LOST claim is found, not " + lostClaim.reason);
        }
        if (lostClaim.foundAt != null) {
            return false;
        }
        lostClaim.foundAt = at.truncatedTo(ChronoUnit.MICROS);
        lostClaim.foundLocation = location;
        return true;
    }

    /** A parcel the carrier has not scanned yet. */
    public static ParcelTracking untracked(String parcelId, Instant now) {
        ParcelTracking tracking = new ParcelTracking();
        tracking.parcelId = parcelId;
        tracking.updatedAt = now;
        return tracking;
    }
}
