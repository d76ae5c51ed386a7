package io.refunds.order.parcels;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.refunds.order.policy.ParcelClaimReason;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** The claims made on parcels, by parcel. */
@ApplicationScoped
public class ParcelClaimRepository implements PanacheRepositoryBase<ParcelClaimRecord, UUID> {

    /** Every claim on the parcel, oldest first. */
    public Uni<List<ParcelClaimRecord>> ofParcel(String parcelId) {
        return find("parcelId = ?1 order by claimedAt", parcelId).list();
    }

    /** The parcel's LOST claim not found yet, locked until the transaction ends; null when there is none. */
    public Uni<ParcelClaimRecord> lockUnfoundLost(String parcelId) {
        return find("parcelId = ?1 and reason = ?2 and foundAt is null", parcelId, ParcelClaimReason.LOST)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
