package io.refunds.order.evidence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.order.order.OrderRepository;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Stores uploads (the bytes on a worker thread, then the record in a transaction) and serves them back only to those
 * who may see them: the uploader, the case's buyer and seller, agents; QC photos also to the order's buyer, the item's
 * seller and the platform.
 */
@ApplicationScoped
public class EvidenceService {

    private final EvidenceRepository evidence;
    private final OrderRepository orders;
    private final CaseAccess cases;
    private final BlobStore blobs;
    private final Event<QcPhotoAdded> qcPhotoAdded;

    public EvidenceService(EvidenceRepository evidence, OrderRepository orders, CaseAccess cases, BlobStore blobs,
            Event<QcPhotoAdded> qcPhotoAdded) {
        this.evidence = evidence;
        this.orders = orders;
        this.cases = cases;
        this.blobs = blobs;
        this.qcPhotoAdded = qcPhotoAdded;
    }

    /** A party's photo or video, typed from its bytes: case evidence that no case holds yet. */
    public Uni<EvidenceView> upload(Path file, String uploadedBy) {
        return Offload.blocking(() -> blobs.ingest(file, List.of(MediaKind.PHOTO, MediaKind.VIDEO)))
                .chain(blob -> Panache.withTransaction(() -> evidence.persist(
                        Evidence.of(EvidencePurpose.CASE_EVIDENCE, uploadedBy, blob))))
                .map(EvidenceView::of);
    }

    /**
     * The warehouse's photo of an item at stock-in: 404 before any bytes are stored when the item does not exist;
     * once committed, every case of the item shows it ({@link QcPhotoAdded}).
     */
    public Uni<EvidenceView> addQcPhoto(String orderId, String itemId, Path file, String uploadedBy) {
        return Panache.withSession(() -> requireItem(orderId, itemId))
                .chain(() -> Offload.blocking(() -> blobs.ingest(file, List.of(MediaKind.PHOTO))))
                .chain(blob -> Panache.withTransaction(() -> requireItem(orderId, itemId)
                        .chain(() -> evidence.persist(Evidence.qcPhoto(uploadedBy, blob, orderId, itemId)))))
                .invoke(() -> qcPhotoAdded.fire(new QcPhotoAdded(orderId, itemId)))
                .map(EvidenceView::of);
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

    private Uni<Void> requireItem(String orderId, String itemId) {
        return orders.item(orderId, itemId).map(item -> {
            if (item == null) {
                throw ApiException.notFound("item " + itemId + " of order " + orderId);
            }
            return null;
        });
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
        return found.caseId == null ? Uni.createFrom().item(false) : cases.isParty(found.caseId, caller.id());
    }

    /** Evidence the caller may read, and where its bytes are. */
    public record VisibleEvidence(EvidenceView view, Path file) {
    }
}
