package io.refunds.refund.refund;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Refunds. */
@ApplicationScoped
public class RefundRepository implements PanacheRepositoryBase<Refund, UUID> {

    /** HQL, not Panache's count(), which Hibernate translates to SQL anew on every call. */
    private static final String COUNT_BY_KEY = "select count(*) from Refund where refundKey = :refundKey";
    private static final String LOCK_ITEM = "select pg_advisory_xact_lock(hashtext(:item))";

    /** Serialises refunds of one item until the transaction ends, so totals are computed on settled rows. */
    public Uni<Void> lockItem(String orderId, String itemId) {
        return getSession().chain(session -> session.createNativeQuery(LOCK_ITEM)
                .setParameter("item", "refund-item:" + orderId + "/" + itemId)
                .getResultList()).replaceWithVoid();
    }

    public Uni<Refund> lock(UUID refundId) {
        return findById(refundId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Boolean> exists(String refundKey) {
        return getSession().chain(session -> session.createSelectionQuery(COUNT_BY_KEY, Long.class)
                .setParameter("refundKey", refundKey).getSingleResult()).map(count -> count > 0);
    }

    /** Every refund of the item, and of the case for rows written before refunds named their item. */
    public Uni<List<Refund>> ofItem(String orderId, String itemId, UUID caseId) {
        return list("(orderId = ?1 and itemId = ?2) or caseId = ?3", Sort.ascending("createdAt"), orderId, itemId,
                caseId);
    }

    public Uni<List<Refund>> ofCase(UUID caseId) {
        return list("caseId", Sort.ascending("createdAt"), caseId);
    }

    public Uni<List<Refund>> ofBuyer(String buyerId) {
        return list("buyerId", Sort.descending("createdAt"), buyerId);
    }
}
