package io.refunds.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A buyer reported a problem with one item of an order; the case starts here. Carries what messaging- and
 * dispute-service need: the parties, the item, what was paid and asked for, the buyer's evidence and the
 * warehouse's QC photos taken before the item left China, each with its SHA-256 and purpose, the payment terms the
 * refund follows, and (added within v1) the quote the buyer confirmed: the item's cost lines, what each refunds and
 * who bears it, and, for a claim on an international parcel, the parcel (null for a claim on the item itself), and
 * (added within v1) the marketplace order the agent bought the item on (null: a seller who logs in here).
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
        PaymentTerms paymentTerms,
        RefundBreakdown quote,
        ParcelClaim parcel,
        MarketplaceOrder upstream) implements CaseEvent {

    public IssueReported {
        evidence = evidence == null ? List.of()
                : evidence.stream().map(ref -> ref.withDefaultPurpose(EvidencePurpose.BUYER_EVIDENCE)).toList();
        qcPhotos = qcPhotos == null ? List.of()
                : qcPhotos.stream().map(ref -> ref.withDefaultPurpose(EvidencePurpose.QC_BASELINE)).toList();
    }

    /** A claim as producers wrote it before {@code upstream}: on an item sold by a seller who logs in here. */
    public IssueReported(UUID caseId, String orderId, String itemId, String itemTitle, String buyerId, String sellerId,
            String reason, String description, Remedy requestedOutcome, Money requestedAmount, Money amountPaid,
            List<EvidenceRef> evidence, List<EvidenceRef> qcPhotos, Instant reportedAt, PaymentTerms paymentTerms,
            RefundBreakdown quote, ParcelClaim parcel) {
        this(caseId, orderId, itemId, itemTitle, buyerId, sellerId, reason, description, requestedOutcome,
                requestedAmount, amountPaid, evidence, qcPhotos, reportedAt, paymentTerms, quote, parcel, null);
    }

    /** A claim on the item itself, with its quote (null for an item without cost lines). */
    public IssueReported(UUID caseId, String orderId, String itemId, String itemTitle, String buyerId, String sellerId,
            String reason, String description, Remedy requestedOutcome, Money requestedAmount, Money amountPaid,
            List<EvidenceRef> evidence, List<EvidenceRef> qcPhotos, Instant reportedAt, PaymentTerms paymentTerms,
            RefundBreakdown quote) {
        this(caseId, orderId, itemId, itemTitle, buyerId, sellerId, reason, description, requestedOutcome,
                requestedAmount, amountPaid, evidence, qcPhotos, reportedAt, paymentTerms, quote, null, null);
    }

    /** A report without a quote, as producers wrote it before {@code quote} (or for an item without cost lines). */
    public IssueReported(UUID caseId, String orderId, String itemId, String itemTitle, String buyerId, String sellerId,
            String reason, String description, Remedy requestedOutcome, Money requestedAmount, Money amountPaid,
            List<EvidenceRef> evidence, List<EvidenceRef> qcPhotos, Instant reportedAt, PaymentTerms paymentTerms) {
        this(caseId, orderId, itemId, itemTitle, buyerId, sellerId, reason, description, requestedOutcome,
                requestedAmount, amountPaid, evidence, qcPhotos, reportedAt, paymentTerms, null, null, null);
    }

    /** A claim on an international parcel: a carrier's fault, decided by the agents without the seller. */
    public boolean claimsParcel() {
        return parcel != null;
    }

    /** The same claim, naming the marketplace order the agent bought the item on. */
    public IssueReported boughtOn(MarketplaceOrder marketplaceOrder) {
        return new IssueReported(caseId, orderId, itemId, itemTitle, buyerId, sellerId, reason, description,
                requestedOutcome, requestedAmount, amountPaid, evidence, qcPhotos, reportedAt, paymentTerms, quote,
                parcel, marketplaceOrder);
    }

    /** The agent bought the item on a marketplace whose seller never logs in here: its refund is filed there. */
    public boolean boughtUpstream() {
        return upstream != null;
    }

    @Override
    public String businessKey() {
        return "case:" + caseId;
    }
}
