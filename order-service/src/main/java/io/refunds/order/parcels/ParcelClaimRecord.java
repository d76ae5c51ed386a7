package io.refunds.order.parcels;

import io.refunds.order.policy.ParcelClaimReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A buyer's claim on an international parcel (table {@code parcel_claim}): the reason, when it was made and until when
 * it could be, and — for a LOST parcel the carrier scanned again — when and where it was found. Its cases, one per
 * item of the parcel, name it; only {@link Parcels} changes it.
 */
@Entity
@Table(name = "parcel_claim")
public class ParcelClaimRecord {

    @Id
    UUID id;

    @Column(name = "parcel_id", nullable = false)
    String parcelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ParcelClaimReason reason;

    @Column(name = "buyer_id", nullable = false)
    String buyerId;

    @Column(name = "claimed_at", nullable = false)
    Instant claimedAt;

    @Column(name = "claimable_until", nullable = false)
    Instant claimableUntil;

    @Column(name = "found_at")
    Instant foundAt;

    @Column(name = "found_location")
    String foundLocation;

    public UUID id() {
        return id;
    }

    public String parcelId() {
        return parcelId;
    }

    public ParcelClaimReason reason() {
        return reason;
    }

    public String buyerId() {
        return buyerId;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Instant claimableUntil() {
        return claimableUntil;
    }

    public Instant foundAt() {
        return foundAt;
    }

    public String foundLocation() {
        return foundLocation;
    }
}
