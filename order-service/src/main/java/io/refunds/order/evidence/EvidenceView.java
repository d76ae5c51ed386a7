package io.refunds.order.evidence;

import java.time.Instant;
import java.util.UUID;

/** Evidence metadata as the API shows it; the bytes are at {@code /api/evidence/{id}}. */
public record EvidenceView(UUID evidenceId, EvidencePurpose purpose, String contentType, MediaKind kind,
        long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

    public static EvidenceView of(Evidence evidence) {
        return new EvidenceView(evidence.id, evidence.purpose, evidence.contentType, evidence.kind,
                evidence.sizeBytes, evidence.sha256, evidence.uploadedBy, evidence.uploadedAt);
    }
}
