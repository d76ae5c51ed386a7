package io.refunds.dispute.dispute;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.refunds.platform.problem.ApiException;
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

    /** The case's open dispute, read and locked in one statement (so the state read is the state locked). */
    public Uni<Dispute> lockOpenOfCase(UUID caseId) {
        return find("caseId = ?1 and status = ?2", caseId, DisputeStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The dispute that reopened the case after the outcome {@code cause}, or null. */
    public Uni<Dispute> reopenedFor(String cause) {
        return find("reopenedFor", cause).firstResult();
    }

    public Uni<Dispute> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The dispute, locked for a change; 404 when there is none. */
    public Uni<Dispute> lockExisting(UUID id) {
        return lock(id).onItem().ifNull().failWith(() -> ApiException.notFound("dispute " + id));
    }

    /** The agents' queue: overdue first, then by priority, then by the earliest decision deadline. */
    public Uni<List<Dispute>> queue(DisputeStatus status, String reason, String assignee, UUID caseId) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (reason != null) {
            query.append(" and parties.reason = :reason");
            parameters.and("reason", reason);
        }
        if (assignee != null) {
            query.append(" and assignee = :assignee");
            parameters.and("assignee", assignee);
        }
        if (caseId != null) {
            query.append(" and caseId = :caseId");
            parameters.and("caseId", caseId);
        }
        Sort order = Sort.descending("overdue", "priority").and("decisionDueAt").and("id");
        return find(query.toString(), order, parameters).page(0, 500).list();
    }
}
