package io.refunds.dispute.casefile;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Case files and their entries. */
@ApplicationScoped
public class CaseFileRepository implements PanacheRepositoryBase<CaseFile, UUID> {

    public Uni<CaseFile> lock(UUID caseId) {
        return findById(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<CaseFileEntry>> entries(UUID caseId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from CaseFileEntry where caseId = :caseId order by occurredAt, id",
                        CaseFileEntry.class)
                .setParameter("caseId", caseId)
                .getResultList());
    }

    /** The item titles of these cases, by case id (cases without a file yet are absent). */
    public Uni<java.util.Map<UUID, String>> itemTitles(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(java.util.Map.of());
        }
        return list("caseId in ?1", caseIds).map(found -> found.stream().filter(file -> file.itemTitle != null)
                .collect(java.util.stream.Collectors.toMap(file -> file.caseId, file -> file.itemTitle)));
    }

    public Uni<Void> add(CaseFileEntry entry) {
        return Panache.getSession().chain(session -> session.persist(entry));
    }
}
