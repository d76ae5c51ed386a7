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
import io.refunds.events.SellerDeclined;
import io.refunds.events.SettlementAgreed;
import io.refunds.platform.payment.StoredPaymentTerms;
import io.refunds.platform.inbox.EventEnvelope;
import io.refunds.platform.inbox.Inbox;
import io.refunds.platform.text.MoneyText;
import io.refunds.platform.text.Moments;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the case file from events alone: the claim with its evidence and the warehouse's QC photos (with
 * hashes), the whole conversation, offers, rejections, declines and escalations. Events may arrive in any
 * order and more than once: entries are kept once per event id and read in order of occurrence.
 */
@ApplicationScoped
public class CaseFileProjector {

    private static final String HANDLER = "case-file";

    private final Inbox inbox;
    private final CaseFileRepository files;
    private final ObjectMapper json;

    public CaseFileProjector(Inbox inbox, CaseFileRepository files, ObjectMapper json) {
        this.inbox = inbox;
        this.files = files;
        this.json = json;
    }

    @Incoming("case-file-issue-reported")
    public Uni<Void> issueReported(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, IssueReported.class, HANDLER, event -> {
            IssueReported claim = event.payload();
            return files.findById(claim.caseId())
                    .chain(existing -> existing != null ? Uni.createFrom().voidItem() : files.persist(fileOf(claim))
                            .replaceWithVoid())
                    .chain(() -> add(event, "IssueReported", claim.buyerId(), "The buyer reports the item as "
                            + claim.reason() + (claim.description() == null ? "" : ": " + claim.description()),
                            concat(claim.evidence(), claim.qcPhotos()), null, claim.reportedAt()));
        });
    }

    @Incoming("case-file-evidence-added")
    public Uni<Void> evidenceAdded(ConsumerRecord<String, String> record) {
        return entry(record, EvidenceAdded.class, e -> new Line("EvidenceAdded", e.addedBy(),
                e.evidence().size() + " photo(s) or video(s) added", e.evidence(), null, e.addedAt()));
    }

    @Incoming("case-file-conversation-opened")
    public Uni<Void> conversationOpened(ConsumerRecord<String, String> record) {
        return entry(record, ConversationOpened.class, e -> new Line("ConversationOpened", "system",
                "The seller must answer by " + Moments.format(e.sellerDeadline()), List.of(), e.sellerDeadline(),
                e.openedAt()));
    }

    @Incoming("case-file-message-posted")
    public Uni<Void> messagePosted(ConsumerRecord<String, String> record) {
        // A message names evidence by id only; its type and hash are in order-service's case evidence.
        return entry(record, MessagePosted.class, e -> new Line("MessagePosted", e.authorId(),
                e.authorRole().toLowerCase() + ": " + e.body()
                        + (e.evidenceIds().isEmpty() ? "" : " [evidence " + String.join(", ", e.evidenceIds()) + "]"),
                List.of(), null, e.postedAt()));
    }

    @Incoming("case-file-offer-made")
    public Uni<Void> offerMade(ConsumerRecord<String, String> record) {
        return entry(record, OfferMade.class, e -> new Line("OfferMade", e.sellerId(), "Offer: " + e.offerType()
                + (e.amount() == null ? "" : " " + MoneyText.format(e.amount()))
                + (e.note() == null ? "" : " (" + e.note() + ")"), List.of(), null, e.madeAt()));
    }

    @Incoming("case-file-offer-rejected")
    public Uni<Void> offerRejected(ConsumerRecord<String, String> record) {
        return entry(record, OfferRejected.class, e -> new Line("OfferRejected", e.buyerId(),
                "The buyer rejected the offer" + (e.reason() == null ? "" : ": " + e.reason()), List.of(), null,
                e.rejectedAt()));
    }

    @Incoming("case-file-seller-declined")
    public Uni<Void> sellerDeclined(ConsumerRecord<String, String> record) {
        return entry(record, SellerDeclined.class, e -> new Line("SellerDeclined", e.sellerId(),
                "The seller declined any remedy" + (e.reason() == null ? "" : ": " + e.reason()), List.of(), null,
                e.declinedAt()));
    }

    @Incoming("case-file-settlement-agreed")
    public Uni<Void> settlementAgreed(ConsumerRecord<String, String> record) {
        return entry(record, SettlementAgreed.class, e -> new Line("SettlementAgreed", e.buyerId(),
                "The buyer accepted " + e.offerType()
                        + (e.refundAmount() == null ? "" : " " + MoneyText.format(e.refundAmount())), List.of(), null,
                e.agreedAt()));
    }

    @Incoming("case-file-buyer-escalated")
    public Uni<Void> buyerEscalated(ConsumerRecord<String, String> record) {
        return entry(record, BuyerEscalated.class, e -> new Line("BuyerEscalated", e.buyerId(),
                "The buyer asked the platform to decide" + (e.note() == null ? "" : ": " + e.note()), List.of(),
                null, e.escalatedAt()));
    }

    private <E extends CaseEvent> Uni<Void> entry(ConsumerRecord<String, String> record, Class<E> type,
            Function<E, Line> line) {
        return inbox.applyOnce(record, type, HANDLER, event -> {
            Line written = line.apply(event.payload());
            return add(event, written.type(), written.actor(), written.summary(), written.evidence(), written.dueAt(),
                    written.occurredAt());
        });
    }

    private Uni<Void> add(EventEnvelope<? extends CaseEvent> event, String type, String actor, String summary,
            List<EvidenceRef> evidence, Instant dueAt, Instant occurredAt) {
        CaseFileEntry entry = new CaseFileEntry();
        entry.caseId = event.payload().caseId();
        entry.eventId = event.eventId();
        entry.entryType = type;
        entry.actor = actor;
        entry.summary = summary;
        entry.evidence = toJson(evidence);
        entry.dueAt = dueAt;
        entry.occurredAt = occurredAt;
        return files.add(entry);
    }

    private static CaseFile fileOf(IssueReported claim) {
        CaseFile file = new CaseFile();
        file.caseId = claim.caseId();
        file.orderId = claim.orderId();
        file.itemId = claim.itemId();
        file.itemTitle = claim.itemTitle();
        file.buyerId = claim.buyerId();
        file.sellerId = claim.sellerId();
        file.reason = claim.reason();
        file.description = claim.description();
        file.requestedOutcome = claim.requestedOutcome() == null ? null : claim.requestedOutcome().name();
        file.requestedMinor = claim.requestedAmount() == null ? null : claim.requestedAmount().minorUnits();
        file.paidMinor = claim.amountPaid().minorUnits();
        file.paidCurrency = claim.amountPaid().currency();
        file.reportedAt = claim.reportedAt();
        file.paymentTerms = StoredPaymentTerms.of(claim.paymentTerms());
        return file;
    }

    private static List<EvidenceRef> concat(List<EvidenceRef> first, List<EvidenceRef> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private String toJson(List<EvidenceRef> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise evidence", e);
        }
    }

    /** One line of the case file, as an event tells it. */
    private record Line(String type, String actor, String summary, List<EvidenceRef> evidence, Instant dueAt,
            Instant occurredAt) {
    }
}
