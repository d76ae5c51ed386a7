package io.refunds.order.evidence;

import io.refunds.events.EvidenceRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored photo or video: who uploaded it, what it is, its SHA-256, and what it belongs to. */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidencePurpose purpose;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MediaKind kind;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "item_id")
    public String itemId;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** The reference events carry: a QC photo is the claim's baseline, anything else the parties' evidence. */
    public EvidenceRef ref() {
        return new EvidenceRef(id.toString(), contentType, sha256, purpose == EvidencePurpose.QC_PHOTO
                ? io.refunds.events.EvidencePurpose.QC_BASELINE : io.refunds.events.EvidencePurpose.BUYER_EVIDENCE);
    }

    static Evidence of(EvidencePurpose purpose, String uploadedBy, StoredBlob blob) {
        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.purpose = purpose;
        evidence.uploadedBy = uploadedBy;
        evidence.contentType = blob.contentType();
        evidence.kind = blob.kind();
        evidence.sizeBytes = blob.sizeBytes();
        evidence.sha256 = blob.sha256();
        evidence.uploadedAt = Instant.now();
        return evidence;
    }

    /** A QC photo belongs to an order item, not to a case: it shows on every case of the item. */
    static Evidence qcPhoto(String uploadedBy, StoredBlob blob, String orderId, String itemId) {
        Evidence photo = of(EvidencePurpose.QC_PHOTO, uploadedBy, blob);
        photo.orderId = orderId;
        photo.itemId = itemId;
        return photo;
    }
}
