package io.refunds.messaging;

import io.refunds.events.CaseWithdrawn;
import io.refunds.events.DisputeOpened;
import java.time.Instant;
import java.util.UUID;

/** The other events messaging-service consumes, as order-service and dispute-service publish them. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** dispute-service opened a dispute on the buyer's escalation, due in an hour. */
    public static DisputeOpened disputeOpened(UUID disputeId, UUID caseId, String buyerId, String sellerId) {
        Instant now = Instant.now();
        return new DisputeOpened(disputeId, caseId, "o-" + caseId, "i-1", buyerId, sellerId, "DEFECTIVE",
                DisputeOpened.DisputeTrigger.BUYER_ESCALATION, Claims.PAID, now.plusSeconds(3600), now);
    }

    /** The buyer withdrew the case now. */
    public static CaseWithdrawn caseWithdrawn(UUID caseId, String buyerId, String sellerId) {
        return new CaseWithdrawn(caseId, buyerId, sellerId, Instant.now());
    }
}
