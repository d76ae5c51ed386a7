package io.refunds.order.evidence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.order.cases.CaseRepository;
import io.refunds.order.order.OrderRepository;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Records uploads and serves them back only to those who may see them: the uploader, the case's buyer and
 * seller, agents; QC photos also to the order's buyer, the item's seller and the platform.
 */
@ApplicationScoped
public class EvidenceService {

    private final EvidenceRepository evidence;
    private final CaseRepository cases;
    private final OrderRepository orders;
    private final BlobStore blobs;

    public EvidenceService(EvidenceRepository evidence, CaseRepository cases, OrderRepository orders, BlobStore blobs) {
        this.evidence = evidence;
        this.cases = cases;
        this.orders = orders;
        this.blobs = blobs;
    }

    @WithTransaction
    public Uni<EvidenceView> recordCaseEvidence(StoredBlob blob, String uploadedBy) {
        Evidence upload = Evidence.of(EvidencePurpose.CASE_EVIDENCE, uploadedBy, blob);
        return evidence.persist(upload).map(EvidenceView::of);
    }

    @WithTransaction
    public Uni<EvidenceView> recordQcPhoto(StoredBlob blob, String uploadedBy, String orderId, String itemId) {
        return orders.item(orderId, itemId).chain(item -> {
            if (item == null) {
                return Uni.createFrom().failure(ApiException.notFound("item " + itemId + " of order " + orderId));
            }
            Evidence photo = Evidence.of(EvidencePurpose.QC_PHOTO, uploadedBy, blob);
            photo.orderId = orderId;
            photo.itemId = itemId;
            return evidence.persist(photo).map(EvidenceView::of);
        });
    }

    /** Fails with 404 when the item does not exist, before any bytes are stored. */
    @WithSession
    public Uni<Void> requireItem(String orderId, String itemId) {
        return orders.item(orderId, itemId).map(item -> {
            if (item == null) {
                throw ApiException.notFound("item " + itemId + " of order " + orderId);
            }
            return null;
        });
    }

    /** The evidence's metadata and file, if the caller may see it. */
    @WithSession
    public Uni<VisibleEvidence> open(UUID evidenceId, Caller caller) {
        return evidence.findById(evidenceId).chain(found -> (found == null ? Uni.createFrom().item(false)
                : mayRead(found, caller)).map(allowed -> {
                    if (!allowed) {
                        throw ApiException.notFound("evidence " + evidenceId);
                    }
                    return new VisibleEvidence(EvidenceView.of(found), blobs.pathOf(found.sha256));
                }));
    }

    private Uni<Boolean> mayRead(Evidence found, Caller caller) {
        if (caller.isStaff() || found.uploadedBy.equals(caller.id())) {
            return Uni.createFrom().item(true);
        }
        if (found.purpose == EvidencePurpose.QC_PHOTO) {
            return caller.is(Roles.PLATFORM) ? Uni.createFrom().item(true) : orders.findById(found.orderId)
                    .chain(order -> order != null && order.buyerId.equals(caller.id())
                            ? Uni.createFrom().item(true)
                            : orders.item(found.orderId, found.itemId)
                                    .map(item -> item != null && item.sellerId.equals(caller.id())));
        }
        return found.caseId == null ? Uni.createFrom().item(false) : cases.findById(found.caseId)
                .map(refundCase -> refundCase != null && refundCase.visibleTo(caller.id(), false));
    }

    /** Evidence the caller may read, and where its bytes are. */
    public record VisibleEvidence(EvidenceView view, Path file) {
    }
}
