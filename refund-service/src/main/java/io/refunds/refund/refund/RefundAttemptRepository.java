package io.refunds.refund.refund;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The provider calls made for refunds. */
@ApplicationScoped
public class RefundAttemptRepository implements PanacheRepository<RefundAttempt> {

    public Uni<List<RefundAttempt>> ofRefund(UUID refundId) {
        return list("refundId", Sort.ascending("id"), refundId);
    }
}
