package io.refunds.order.parcels;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** What carriers said of parcels, by parcel id. */
@ApplicationScoped
public class ParcelTrackingRepository implements PanacheRepositoryBase<ParcelTracking, String> {

    /** The parcel's tracking, locked until the transaction ends; null before its first scan. */
    public Uni<ParcelTracking> lock(String parcelId) {
        return findById(parcelId, LockModeType.PESSIMISTIC_WRITE);
    }
}
