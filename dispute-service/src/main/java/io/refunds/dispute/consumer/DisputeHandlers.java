package io.refunds.dispute.consumer;

import io.refunds.dispute.casefile.CaseFileProjector;
import io.refunds.dispute.dispute.Claim;
import io.refunds.dispute.dispute.DisputeProcess;
import io.refunds.events.BuyerEscalated;
import io.refunds.events.CaseWithdrawn;
import io.refunds.events.ConversationOpened;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.events.EvidenceAdded;
import io.refunds.events.IssueReported;
import io.refunds.events.MessagePosted;
import io.refunds.events.NegotiationClosed;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.ParcelFound;
import io.refunds.events.RefundRelease;
import io.refunds.events.ReplacementOverdue;
import io.refunds.events.ReturnReceived;
import io.refunds.events.SellerDeclined;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.SettlementAgreed;
import io.refunds.platform.consumer.HandlerTable;
import io.refunds.platform.parties.CaseParties;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * dispute-service's handler table: every event it reads, and what each does — the case file records the
 * negotiation, the returns' inspections, late replacements and found parcels; messaging-service's own events open a
 * dispute, and so does a claim on an international parcel (the carrier's fault: no seller conversation); its
 * NegotiationClosed and order-service's CaseWithdrawn change the open one; a return inspected as not claimed or a
 * replacement that never came puts the case back in the queue. Inbox names are those of the channels they replace,
 * so inbox rows keep deduplicating.
 */
@ApplicationScoped
public class DisputeHandlers {

    static final String CASE_FILE = CaseFileProjector.HANDLER;
    static final String OPEN_DISPUTE = "open-dispute";
    static final String WITHDRAW_DISPUTE = "withdraw-dispute";
    static final String DISPUTE_NEGOTIATION = "dispute-negotiation";
    static final String BACK_TO_QUEUE = "back-to-queue";

    private final HandlerTable table;

    public DisputeHandlers(CaseFileProjector caseFile, DisputeProcess disputes) {
        this.table = HandlerTable.builder()
                // One handler (one inbox row, one transaction) on the hot path: a parcel claim's dispute opens with
                // its case file.
                .on(IssueReported.class, CASE_FILE, event -> caseFile.issueReported(event)
                        .chain(() -> !event.payload().claimsParcel() ? Uni.createFrom().voidItem()
                                : disputes.openedByNegotiation(claimOf(event.payload()), DisputeTrigger.PARCEL_CLAIM)))
                .on(ParcelFound.class, CASE_FILE, caseFile::parcelFound)
                .on(EvidenceAdded.class, CASE_FILE, caseFile::evidenceAdded)
                .on(ConversationOpened.class, CASE_FILE, caseFile::conversationOpened)
                .on(MessagePosted.class, CASE_FILE, caseFile::messagePosted)
                .on(OfferMade.class, CASE_FILE, caseFile::offerMade)
                .on(OfferRejected.class, CASE_FILE, caseFile::offerRejected)
                .on(SellerDeclined.class, CASE_FILE, caseFile::sellerDeclined)
                .on(SettlementAgreed.class, CASE_FILE, caseFile::settlementAgreed)
                .on(BuyerEscalated.class, CASE_FILE, caseFile::buyerEscalated)
                .on(BuyerEscalated.class, OPEN_DISPUTE, event -> disputes.openedByNegotiation(
                        claimOf(event.payload()), DisputeTrigger.BUYER_ESCALATION))
                .on(SellerUnresponsive.class, OPEN_DISPUTE, event -> disputes.openedByNegotiation(
                        claimOf(event.payload()), DisputeTrigger.SELLER_UNRESPONSIVE))
                .on(NegotiationClosed.class, DISPUTE_NEGOTIATION, event -> disputes.negotiationClosed(
                        event.payload().disputeId(), event.payload().settlementId()))
                .on(CaseWithdrawn.class, WITHDRAW_DISPUTE, event -> disputes.caseWithdrawn(event.payload().caseId()))
                .on(ReturnReceived.class, CASE_FILE, caseFile::returnReceived)
                .on(ReplacementOverdue.class, CASE_FILE, caseFile::replacementOverdue)
                .on(ReplacementOverdue.class, BACK_TO_QUEUE, event -> disputes.backToQueue(event.payload().caseId(),
                        DisputeTrigger.REPLACEMENT_OVERDUE, event.payload().cause()))
                .on(ReturnReceived.class, BACK_TO_QUEUE, event -> event.payload().release() != RefundRelease.BACK_TO_QUEUE
                        ? Uni.createFrom().voidItem()
                        : disputes.backToQueue(event.payload().caseId(), DisputeTrigger.RETURN_INSPECTION,
                                event.payload().cause()))
                .build();
    }

    /** Event type → handlers; its {@code topics()} are what the {@code events} channel reads. */
    public HandlerTable table() {
        return table;
    }

    static Claim claimOf(SellerUnresponsive silence) {
        return new Claim(silence.caseId(), new CaseParties(silence.orderId(), silence.itemId(), silence.buyerId(),
                silence.sellerId(), silence.reason(), silence.amountPaid()));
    }

    static Claim claimOf(IssueReported claim) {
        return new Claim(claim.caseId(), new CaseParties(claim.orderId(), claim.itemId(), claim.buyerId(),
                claim.sellerId(), claim.reason(), claim.amountPaid()));
    }

    static Claim claimOf(BuyerEscalated escalation) {
        return new Claim(escalation.caseId(), new CaseParties(escalation.orderId(), escalation.itemId(),
                escalation.buyerId(), escalation.sellerId(), escalation.reason(), escalation.amountPaid()));
    }
}
