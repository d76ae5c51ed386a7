package io.refunds.order.parcels;

import io.refunds.order.order.ItemJourney;
import io.refunds.order.order.JourneyStep;
import io.refunds.order.order.OrderItem;
import io.refunds.order.policy.ParcelClaims;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.Moments;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a parcel's tracking, pure: the parcel is what its items' journeys recorded (shipped abroad when the
 * first of them was, delivered once all of them were), and the carrier's scans only move its last scan forward; a
 * scan may say the carrier declared it lost, and a later ordinary scan says it was found.
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

    /** A parcel the carrier has not scanned yet. */
    public static ParcelTracking untracked(String parcelId, Instant now) {
        ParcelTracking tracking = new ParcelTracking();
        tracking.parcelId = parcelId;
        tracking.updatedAt = now;
        return tracking;
    }
}
