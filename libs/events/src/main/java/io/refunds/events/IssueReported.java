package io.refunds.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A buyer reported a problem with one item of an order; the case starts here. */
public record IssueReported(
        UUID caseId,
        String orderId,
        String itemId,
        String buyerId,
        String sellerId,
        String reason,
        String description,
        Money amountPaid,
        List<EvidenceRef> evidence,
        Instant reportedAt) implements CaseEvent {

    public IssueReported {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
