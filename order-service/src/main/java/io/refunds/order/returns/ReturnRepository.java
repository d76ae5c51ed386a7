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

    private static final List<ReturnStatus> OPEN = List.of(ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.SHIPPED,
            ReturnStatus.IN_TRANSIT);

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

    /** Whether the item has a return on its way (not yet received, not expired). */
    public Uni<Boolean> hasOpenReturn(String orderId, String itemId) {
        return getSession().chain(session -> session.createSelectionQuery("select count(*) from StoredReturn"
                        + " where orderId = :orderId and itemId = :itemId and status in :open", Long.class)
                .setParameter("orderId", orderId).setParameter("itemId", itemId).setParameter("open", OPEN)
                .getSingleResult()).map(count -> count > 0);
    }

    /** How many of the buyer's returns arrived as claimed. */
    public Uni<Long> receivedAsExpected(String buyerId) {
        return getSession().chain(session -> session.createSelectionQuery("select count(*) from StoredReturn"
                        + " where buyerId = :buyerId and inspection = :asExpected", Long.class)
                .setParameter("buyerId", buyerId).setParameter("asExpected", Inspection.AS_EXPECTED)
                .getSingleResult());
    }
}
