package io.refunds.messaging.upstream;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** Upstream refunds; every change reads and locks the row in one statement. */
@ApplicationScoped
public class UpstreamRefundRepository implements PanacheRepositoryBase<UpstreamRefund, UUID> {

    public Uni<UpstreamRefund> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<UpstreamRefund> lockOfCase(UUID caseId) {
        return find("caseId", caseId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<UpstreamRefund> ofCase(UUID caseId) {
        return find("caseId", caseId).firstResult();
    }

    /** The refund a marketplace push names, by the marketplace's refund id. */
    public Uni<UpstreamRefund> ofMarketplaceRefund(String marketplaceRefundId) {
        return find("marketplaceRefundId", marketplaceRefundId).firstResult();
    }
}
