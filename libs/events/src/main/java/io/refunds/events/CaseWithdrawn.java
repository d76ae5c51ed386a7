package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The buyer withdrew an open case: deadlines stop and any open dispute closes. */
public record CaseWithdrawn(UUID caseId, String buyerId, String sellerId, Instant withdrawnAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "withdrawn:" + caseId;
    }
}
