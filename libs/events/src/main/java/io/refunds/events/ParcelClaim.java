package io.refunds.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an IssueReported carries when the buyer claimed an international parcel rather than one item (added within
 * v1): the claim that opened one case per item of the parcel, the parcel's carrier and tracking, what the carrier
 * last said of it, until when the claim could be made, and every item in it with what was paid and insured. A
 * carrier's fault: no seller conversation, the agents decide at once.
 */
public record ParcelClaim(
        UUID claimId,
        String parcelId,
        String carrier,
        String tracking,
        Instant shippedAt,
        Instant deliveredAt,
        Instant lastScanAt,
        String lastScanLocation,
        boolean carrierDeclaredLost,
        Instant claimableUntil,
        List<Item> items) {

    public ParcelClaim {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One item of the parcel: what was paid for it and what it was insured for (null: not insured). */
    public record Item(String orderId, String itemId, String title, Money paid, Money insured) {
    }
}
