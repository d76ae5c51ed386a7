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

    public Uni<Void> add(CaseFileEntry entry) {
        return Panache.getSession().chain(session -> session.persist(entry));
    }
}
