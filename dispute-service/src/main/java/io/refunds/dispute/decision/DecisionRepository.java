package io.refunds.dispute.decision;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Decisions, in the order they were made. */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public Uni<Decision> latest(UUID disputeId) {
        return find("disputeId", Sort.descending("decidedAt"), disputeId).firstResult();
    }

    public Uni<List<Decision>> of(UUID disputeId) {
        return list("disputeId", Sort.ascending("decidedAt"), disputeId);
    }
}
