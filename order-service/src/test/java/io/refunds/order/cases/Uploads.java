package io.refunds.order.cases;

import io.refunds.order.evidence.Evidence;
import io.refunds.order.evidence.EvidencePurpose;
import java.time.Instant;
import java.util.UUID;

/** Uploads as the pure rules see them: a PNG of case evidence, not yet on a case. */
final class Uploads {

    private Uploads() {
    }

    /** A photo {@code uploadedBy} uploaded a minute before {@code now}. */
    static Evidence photo(String uploadedBy, Instant now) {
        Evidence upload = new Evidence();
        upload.id = UUID.randomUUID();
        upload.purpose = EvidencePurpose.CASE_EVIDENCE;
        upload.uploadedBy = uploadedBy;
        upload.contentType = "image/png";
        upload.sha256 = "a".repeat(64);
        upload.uploadedAt = now.minusSeconds(60);
        return upload;
    }
}
