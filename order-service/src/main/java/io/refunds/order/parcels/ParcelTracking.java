package io.refunds.order.parcels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the carrier last said of a parcel (table {@code parcel_tracking}); only {@link Parcels} changes it. */
@Entity
@Table(name = "parcel_tracking")
public class ParcelTracking {

    @Id
    @Column(name = "parcel_id")
    String parcelId;

    @Column(name = "last_scan_at")
    Instant lastScanAt;

    @Column(name = "last_scan_location")
    String lastScanLocation;

    @Column(name = "carrier_declared_lost", nullable = false)
    boolean carrierDeclaredLost;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    public String parcelId() {
        return parcelId;
    }

    public Instant lastScanAt() {
        return lastScanAt;
    }

    public String lastScanLocation() {
        return lastScanLocation;
    }

    public boolean carrierDeclaredLost() {
        return carrierDeclaredLost;
    }
}
