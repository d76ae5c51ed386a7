package io.refunds.dispute.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.refunds.events.BuyerEscalated;
import io.refunds.events.CaseEvent;
import io.refunds.events.ConversationOpened;
import io.refunds.events.EvidenceAdded;
import io.refunds.events.EvidenceRef;
import io.refunds.events.IssueReported;
import io.refunds.events.MessagePosted;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.ReplacementOverdue;
import io.refunds.events.ReturnReceived;
import io.refunds.events.SellerDeclined;
import io.refunds.events.SettlementAgreed;
import io.refunds.platform.api.BreakdownJson;
import io.refunds.platform.inbox.EventEnvelope;
import io.refunds.platform.parties.CaseParties;
import io.refunds.platform.payment.StoredPaymentTerms;
import io.refunds.platform.text.Moments;
import io.refunds.platform.text.MoneyText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the case file from events alone: the claim with its evidence and the warehouse's QC photos (with
 * hashes), the whole conversation, offers, rejections, declines and escalations. Events may arrive in any
 * order and more than once: entries are kept once per event id and read in order of occurrence. Each method is one
 * entry of the service's handler table, run once per event by the inbox (handler {@value #HANDLER}).
 */
@ApplicationScoped
public class CaseFileProjector {

    /** The inbox name of every case file handler. */
    public static final String HANDLER = "case-file";

    private final CaseFileRepository files;
    private final ObjectMapper json;

    public CaseFileProjector(CaseFileRepository files, ObjectMapper json) {
        this.files = files;
        this.json = json;
    }

    /** Opens the case file (once) and adds the claim with the buyer's evidence and the QC photos. */
    public Uni<Void> issueReported(EventEnvelope<IssueReported> event) {
        IssueReported claim = event.payload();
        return files.findById(claim.caseId())
                .chain(existing -> existing != null ? Uni.createFrom().voidItem() : files.persist(fileOf(claim))
                        .replaceWithVoid())
                .chain(() -> add(event, new Line(CaseFileEntryType.ISSUE_REPORTED, claim.buyerId(),
                        (claim.claimsParcel() ? ParcelSummary.of(claim.reason(), claim.parcel())
                                : "The buyer reports the item as " + claim.reason())
                                + (claim.description() == null ? "" : ": " + claim.description()),
                        concat(claim.evidence(), claim.qcPhotos()), null, claim.reportedAt())));
    }

    /** The carrier scanned the parcel claimed lost again: the agent sees it moving before (or after) deciding. */
    public Uni<Void> parcelFound(EventEnvelope<io.refunds.events.ParcelFound> event) {
        io.refunds.events.ParcelFound e = event.payload();
        return add(event, new Line(CaseFileEntryType.PARCEL_FOUND, "system", "The carrier scanned parcel "
                + e.parcelId() + (e.location() == null ? "" : " at " + e.location()) + " on "
                + Moments.format(e.foundAt()) + ": the parcel claimed lost was found; what was refunded for this"
                + " item is owed back by the buyer", List.of(), null, e.foundAt()));
    }

    public Uni<Void> evidenceAdded(EventEnvelope<EvidenceAdded> event) {
        EvidenceAdded e = event.payload();
        return add(event, new Line(CaseFileEntryType.EVIDENCE_ADDED, e.addedBy(),
                e.evidence().size() + " photo(s) or video(s) added", e.evidence(), null, e.addedAt()));
    }

    public Uni<Void> conversationOpened(EventEnvelope<ConversationOpened> event) {
        ConversationOpened e = event.payload();
        return add(event, new Line(CaseFileEntryType.CONVERSATION_OPENED, "system",
                "The seller must answer by " + Moments.format(e.sellerDeadline()), List.of(), e.sellerDeadline(),
                e.openedAt()));
    }

    /** A message names evidence by id only; its type and hash are in order-service's case evidence. */
    public Uni<Void> messagePosted(EventEnvelope<MessagePosted> event) {
        MessagePosted e = event.payload();
        return add(event, new Line(CaseFileEntryType.MESSAGE_POSTED, e.authorId(),
                e.authorRole().toLowerCase() + ": " + e.body()
                        + (e.evidenceIds().isEmpty() ? "" : " [evidence " + String.join(", ", e.evidenceIds()) + "]"),
                List.of(), null, e.postedAt()));
    }

    public Uni<Void> offerMade(EventEnvelope<OfferMade> event) {
        OfferMade e = event.payload();
        return add(event, new Line(CaseFileEntryType.OFFER_MADE, e.sellerId(), "Offer: " + e.offerType()
                + (e.amount() == null ? "" : " " + MoneyText.format(e.amount()))
                + (e.note() == null ? "" : " (" + e.note() + ")"), List.of(), null, e.madeAt()));
    }

    public Uni<Void> offerRejected(EventEnvelope<OfferRejected> event) {
        OfferRejected e = event.payload();
        return add(event, new Line(CaseFileEntryType.OFFER_REJECTED, e.buyerId(),
                "The buyer rejected the offer" + (e.reason() == null ? "" : ": " + e.reason()), List.of(), null,
                e.rejectedAt()));
    }

    public Uni<Void> sellerDeclined(EventEnvelope<SellerDeclined> event) {
        SellerDeclined e = event.payload();
        return add(event, new Line(CaseFileEntryType.SELLER_DECLINED, e.sellerId(),
                "The seller declined any remedy" + (e.reason() == null ? "" : ": " + e.reason()), List.of(), null,
                e.declinedAt()));
    }

    public Uni<Void> settlementAgreed(EventEnvelope<SettlementAgreed> event) {
        SettlementAgreed e = event.payload();
        return add(event, new Line(CaseFileEntryType.SETTLEMENT_AGREED, e.buyerId(),
                "The buyer accepted " + e.offerType()
                        + (e.refundAmount() == null ? "" : " " + MoneyText.format(e.refundAmount())), List.of(), null,
                e.agreedAt()));
    }

    public Uni<Void> buyerEscalated(EventEnvelope<BuyerEscalated> event) {
        BuyerEscalated e = event.payload();
        return add(event, new Line(CaseFileEntryType.BUYER_ESCALATED, e.buyerId(),
                "The buyer asked the platform to decide" + (e.note() == null ? "" : ": " + e.note()), List.of(),
                null, e.escalatedAt()));
    }

    /** The returned item's inspection, with the receiver's photos (ids of order-service's uploads) and note. */
    public Uni<Void> returnReceived(EventEnvelope<ReturnReceived> event) {
        ReturnReceived e = event.payload();
        return add(event, new Line(CaseFileEntryType.RETURN_RECEIVED, e.recordedBy(),
                "The return was received and inspected: " + e.inspection()
                        + (e.note() == null ? "" : " (" + e.note() + ")")
                        + (e.photoIds().isEmpty() ? "" : " [photos " + String.join(", ", e.photoIds()) + "]"),
                List.of(), null, e.receivedAt()));
    }

    /** The replacement the outcome promised did not come in time. */
    public Uni<Void> replacementOverdue(EventEnvelope<ReplacementOverdue> event) {
        ReplacementOverdue e = event.payload();
        return add(event, new Line(CaseFileEntryType.REPLACEMENT_OVERDUE, "system", "The replacement due by "
                + Moments.format(e.dueAt()) + " did not arrive; a refund is decided instead", List.of(), e.dueAt(),
                e.overdueAt()));
    }

    private Uni<Void> add(EventEnvelope<? extends CaseEvent> event, Line line) {
        CaseFileEntry entry = new CaseFileEntry();
        entry.caseId = event.payload().caseId();
        entry.eventId = event.eventId();
        entry.entryType = line.type();
        entry.actor = line.actor();
        entry.summary = line.summary();
        entry.evidence = toJson(line.evidence());
        entry.dueAt = line.dueAt();
        entry.occurredAt = line.occurredAt();
        return files.add(entry);
    }

    private static CaseFile fileOf(IssueReported claim) {
        CaseFile file = new CaseFile();
        file.caseId = claim.caseId();
        file.parties = new CaseParties(claim.orderId(), claim.itemId(), claim.buyerId(), claim.sellerId(),
                claim.reason(), claim.amountPaid());
        file.itemTitle = claim.itemTitle();
        file.description = claim.description();
        file.requestedOutcome = claim.requestedOutcome() == null ? null : claim.requestedOutcome().name();
        file.requestedMinor = claim.requestedAmount() == null ? null : claim.requestedAmount().minorUnits();
        file.reportedAt = claim.reportedAt();
        file.paymentTerms = StoredPaymentTerms.of(claim.paymentTerms());
        file.quote = BreakdownJson.write(claim.quote());
        file.parcel = ParcelJson.write(claim.parcel());
        return file;
    }

    private static List<EvidenceRef> concat(List<EvidenceRef> first, List<EvidenceRef> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private String toJson(List<EvidenceRef> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise evidence", e);
        }
    }

    /** One line of the case file, as an event tells it. */
    private record Line(CaseFileEntryType type, String actor, String summary, List<EvidenceRef> evidence, Instant dueAt,
            Instant occurredAt) {
    }
}
