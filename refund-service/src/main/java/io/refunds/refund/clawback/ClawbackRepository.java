package io.refunds.refund.clawback;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** What buyers owe back for found parcels, by case and by buyer. */
@ApplicationScoped
public class ClawbackRepository implements PanacheRepositoryBase<Clawback, UUID> {

    public Uni<Boolean> existsForCase(UUID caseId) {
        return count("caseId", caseId).map(count -> count > 0);
    }

    /** The buyer's clawbacks in {@code currency}, newest first. */
    public Uni<List<Clawback>> ofBuyer(String buyerId, String currency) {
        return list("buyerId = ?1 and currency = ?2", Sort.descending("recordedAt"), buyerId, currency);
    }
}
