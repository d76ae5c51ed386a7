package io.refunds.dispute.dispute;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Disputes. */
@ApplicationScoped
public class DisputeRepository implements PanacheRepositoryBase<Dispute, UUID> {

    public Uni<Dispute> openOfCase(UUID caseId) {
        return find("caseId = ?1 and status = ?2", caseId, DisputeStatus.OPEN).firstResult();
    }

    public Uni<Dispute> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The agents' queue: earliest decision deadline first, so overdue disputes lead. */
    public Uni<List<Dispute>> queue(DisputeStatus status, UUID caseId) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (caseId != null) {
            query.append(" and caseId = :caseId");
            parameters.and("caseId", caseId);
        }
        return find(query.toString(), Sort.ascending("decisionDueAt", "id"), parameters).page(0, 500).list();
    }
}
