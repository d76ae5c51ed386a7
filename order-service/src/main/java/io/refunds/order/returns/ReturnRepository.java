package io.refunds.order.returns;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.refunds.events.Inspection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Returns of cases' items: by id (locked for a change), by cause, by case, and a buyer's track record. */
@ApplicationScoped
public class ReturnRepository implements PanacheRepositoryBase<StoredReturn, UUID> {

    /** The return, locked until the transaction ends; null when there is none. */
    public Uni<StoredReturn> lock(UUID returnId) {
        return findById(returnId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<StoredReturn> byCause(String cause) {
        return find("cause", cause).firstResult();
    }

    public Uni<List<StoredReturn>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by openedAt", caseId);
    }

    /** How many of the buyer's returns arrived as claimed. */
    public Uni<Long> receivedAsExpected(String buyerId) {
        return getSession().chain(session -> session.createSelectionQuery("select count(*) from StoredReturn"
                        + " where buyerId = :buyerId and inspection = :asExpected", Long.class)
                .setParameter("buyerId", buyerId).setParameter("asExpected", Inspection.AS_EXPECTED)
                .getSingleResult());
    }
}
