package io.refunds.order.evidence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Evidence metadata (the bytes live in the {@link BlobStore}). */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    public Uni<List<Evidence>> qcPhotos(String orderId, String itemId) {
        return list("purpose = ?1 and orderId = ?2 and itemId = ?3", Sort.ascending("uploadedAt", "id"),
                EvidencePurpose.QC_PHOTO, orderId, itemId);
    }

    public Uni<List<Evidence>> byIds(List<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }
}
