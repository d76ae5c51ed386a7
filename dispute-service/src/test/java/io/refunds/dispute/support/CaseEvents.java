package io.refunds.dispute.support;

import io.refunds.events.BuyerEscalated;
import io.refunds.events.CaseWithdrawn;
import io.refunds.events.ConversationOpened;
import io.refunds.events.EvidenceRef;
import io.refunds.events.IssueReported;
import io.refunds.events.MessagePosted;
import io.refunds.events.Money;
import io.refunds.events.NegotiationClosed;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundIssued;
import io.refunds.events.Remedy;
import io.refunds.events.SellerDeclined;
import io.refunds.events.SellerUnresponsive;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events of one case, as the other services would publish them: one case id, order, item, buyer, seller, reason,
 * amount paid and conversation for all of them, so a test names only what it is about.
 */
public final class CaseEvents {

    public static final Money PAID = Money.of(12_900, "USD");

    private final UUID caseId = UUID.randomUUID();
    private final UUID conversationId = UUID.randomUUID();
    private final String buyerId;
    private final String sellerId;
    private String reason = "DEFECTIVE";
    private Money paid = PAID;

    private CaseEvents(String buyerId, String sellerId) {
        this.buyerId = buyerId;
        this.sellerId = sellerId;
    }

    /** A new case of item i-1 of order o-{caseId}, reported as DEFECTIVE, 129.00 USD paid. */
    public static CaseEvents newCase(String buyerId, String sellerId) {
        return new CaseEvents(buyerId, sellerId);
    }

    public CaseEvents reason(String reason) {
        this.reason = reason;
        return this;
    }

    public CaseEvents paid(Money paid) {
        this.paid = paid;
        return this;
    }

    public UUID caseId() {
        return caseId;
    }

    public String buyerId() {
        return buyerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public String orderId() {
        return "o-" + caseId;
    }

    /** messaging-service: the seller let the deadline pass. */
    public SellerUnresponsive sellerUnresponsive() {
        Instant now = Instant.now();
        return new SellerUnresponsive(caseId, conversationId, orderId(), "i-1", buyerId, sellerId, reason, paid, now,
                now);
    }

    /** messaging-service: the buyer escalated there, with a note. */
    public BuyerEscalated buyerEscalated(String note) {
        return new BuyerEscalated(caseId, conversationId, orderId(), "i-1", buyerId, sellerId, reason, paid, note,
                Instant.now());
    }

    /** order-service: the buyer withdrew the case. */
    public CaseWithdrawn withdrawn() {
        return new CaseWithdrawn(caseId, buyerId, sellerId, Instant.now());
    }

    /** order-service: the buyer's report, built step by step. */
    public IssueReportedBuilder issueReported() {
        return new IssueReportedBuilder();
    }

    /** messaging-service: the conversation opened; the seller must answer by {@code sellerDeadline}. */
    public ConversationOpened conversationOpened(Instant sellerDeadline, Instant openedAt) {
        return new ConversationOpened(caseId, conversationId, buyerId, sellerId, sellerDeadline, openedAt);
    }

    /** messaging-service: the seller wrote {@code body}. */
    public MessagePosted sellerWrote(String body, Instant postedAt) {
        return new MessagePosted(caseId, conversationId, UUID.randomUUID(), sellerId, "SELLER", body, List.of(),
                postedAt);
    }

    /** messaging-service: the seller offered a partial refund of {@code amount}. */
    public OfferMade partialRefundOffered(UUID offerId, Money amount, Instant madeAt) {
        return new OfferMade(caseId, conversationId, offerId, sellerId, Remedy.PARTIAL_REFUND, amount, paid, null,
                madeAt);
    }

    /** messaging-service: the buyer rejected the offer. */
    public OfferRejected offerRejected(UUID offerId, String why, Instant rejectedAt) {
        return new OfferRejected(caseId, conversationId, offerId, buyerId, why, rejectedAt);
    }

    /** messaging-service: the seller declined any remedy. */
    public SellerDeclined sellerDeclined(String why, Instant declinedAt) {
        return new SellerDeclined(caseId, conversationId, sellerId, why, declinedAt);
    }

    /** messaging-service's answer to the dispute's opening: closed, without a settlement. */
    public NegotiationClosed negotiationClosed(String disputeId) {
        return negotiationClosed(disputeId, null);
    }

    /** messaging-service's answer to the dispute's opening: the buyer had accepted an offer, {@code settlementId}. */
    public NegotiationClosed negotiationClosed(String disputeId, UUID settlementId) {
        return new NegotiationClosed(caseId, conversationId, UUID.fromString(disputeId), null, settlementId,
                Instant.now());
    }

    /** refund-service: {@code amount} paid to the buyer's wallet. */
    public RefundIssued refundIssued(Money amount) {
        return new RefundIssued(UUID.randomUUID(), caseId, UUID.randomUUID(), null, buyerId, amount, "WALLET",
                Instant.now());
    }

    /** IssueReported of this case: a title, a description, evidence and QC photos, a full refund asked. */
    public final class IssueReportedBuilder {

        private String itemTitle = "Wireless earbuds";
        private String description = "No sound";
        private List<EvidenceRef> evidence = List.of();
        private List<EvidenceRef> qcPhotos = List.of();
        private Instant reportedAt = Instant.now();
        private RefundBreakdown quote;
        private io.refunds.events.ParcelClaim parcel;
        private String claimedReason;

        private IssueReportedBuilder() {
        }

        /** A claim on an international parcel for {@code reason} (LOST…): the carrier's fault, no conversation. */
        public IssueReportedBuilder onParcel(String reason, io.refunds.events.ParcelClaim onParcel) {
            this.claimedReason = reason;
            this.parcel = onParcel;
            return this;
        }

        /** The quote the buyer confirmed: the item's cost lines. */
        public IssueReportedBuilder quote(RefundBreakdown quote) {
            this.quote = quote;
            return this;
        }

        public IssueReportedBuilder itemTitle(String itemTitle) {
            this.itemTitle = itemTitle;
            return this;
        }

        public IssueReportedBuilder description(String description) {
            this.description = description;
            return this;
        }

        public IssueReportedBuilder evidence(EvidenceRef... evidence) {
            this.evidence = List.of(evidence);
            return this;
        }

        public IssueReportedBuilder qcPhotos(EvidenceRef... qcPhotos) {
            this.qcPhotos = List.of(qcPhotos);
            return this;
        }

        public IssueReportedBuilder at(Instant reportedAt) {
            this.reportedAt = reportedAt;
            return this;
        }

        public IssueReported build() {
            return new IssueReported(caseId, orderId(), "i-1", itemTitle, buyerId, sellerId,
                    claimedReason == null ? reason : claimedReason, description, Remedy.FULL_REFUND, paid, paid,
                    evidence, qcPhotos, reportedAt, null, quote, parcel);
        }
    }
}
