package io.refunds.refund.refund;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Refunds. */
@ApplicationScoped
public class RefundRepository implements PanacheRepositoryBase<Refund, UUID> {

    private static final String LOCK_CASE = "select pg_advisory_xact_lock(hashtext(:caseId))";

    /** Serialises refunds of one case until the transaction ends, so totals are computed on settled rows. */
    public Uni<Void> lockCase(UUID caseId) {
        return getSession().chain(session -> session.createNativeQuery(LOCK_CASE)
                .setParameter("caseId", caseId.toString())
                .getResultList()).replaceWithVoid();
    }

    public Uni<Boolean> exists(String refundKey) {
        return count("refundKey", refundKey).map(count -> count > 0);
    }

    public Uni<List<Refund>> ofCase(UUID caseId) {
        return list("caseId", Sort.ascending("createdAt"), caseId);
    }

    public Uni<List<Refund>> ofBuyer(String buyerId) {
        return list("buyerId", Sort.descending("createdAt"), buyerId);
    }
}
