package io.refunds.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A buyer reported a problem with one item of an order; the case starts here. Carries what messaging- and
 * dispute-service need: the parties, the item, what was paid and asked for, the buyer's evidence and the
 * warehouse's QC photos taken before the item left China, each with its SHA-256, and the payment terms the refund
 * follows.
 */
public record IssueReported(
        UUID caseId,
        String orderId,
        String itemId,
        String itemTitle,
        String buyerId,
        String sellerId,
        String reason,
        String description,
        Remedy requestedOutcome,
        Money requestedAmount,
        Money amountPaid,
        List<EvidenceRef> evidence,
        List<EvidenceRef> qcPhotos,
        Instant reportedAt,
        PaymentTerms paymentTerms) implements CaseEvent {

    public IssueReported {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        qcPhotos = qcPhotos == null ? List.of() : List.copyOf(qcPhotos);
    }

    @Override
    public String businessKey() {
        return "case:" + caseId;
    }
}
