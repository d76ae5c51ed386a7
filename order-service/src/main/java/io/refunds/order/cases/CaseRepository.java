package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Refund cases. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<RefundCase, UUID> {

    public Uni<Boolean> hasOpenCase(String orderId, String itemId) {
        return count("orderId = ?1 and itemId = ?2", orderId, itemId).map(count -> count > 0);
    }

    public Uni<List<RefundCase>> ofParticipant(String userId) {
        return list("buyerId = ?1 or sellerId = ?1", Sort.descending("reportedAt"), userId);
    }
}
