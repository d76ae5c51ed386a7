package io.refunds.order.returns;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Replacements of cases' items: by id (locked for a change), by cause, by case. */
@ApplicationScoped
public class ReplacementRepository implements PanacheRepositoryBase<StoredReplacement, UUID> {

    /** The replacement, locked until the transaction ends; null when there is none. */
    public Uni<StoredReplacement> lock(UUID replacementId) {
        return findById(replacementId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<StoredReplacement> byCause(String cause) {
        return find("cause", cause).firstResult();
    }

    public Uni<List<StoredReplacement>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by openedAt", caseId);
    }
}
