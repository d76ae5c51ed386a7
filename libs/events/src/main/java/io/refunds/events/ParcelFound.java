package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The carrier scanned again a parcel that was claimed LOST: one event per case of the claim. What was refunded for
 * the case is owed back by the buyer (refund-service records the clawback, the wallet shows it); a claim not yet
 * decided shows the agents that the parcel is moving again.
 */
public record ParcelFound(
        UUID claimId,
        UUID caseId,
        String parcelId,
        String orderId,
        String itemId,
        String buyerId,
        String location,
        Instant foundAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "parcel-found:" + caseId;
    }
}
