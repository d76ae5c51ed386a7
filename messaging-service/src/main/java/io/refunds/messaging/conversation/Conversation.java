package io.refunds.messaging.conversation;

import io.refunds.events.Money;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.payment.StoredPaymentTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One conversation per case between the buyer and the seller, with the seller's response deadline. */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, unique = true)
    public UUID caseId;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "seller_id", nullable = false)
    public String sellerId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "paid_minor", nullable = false)
    public long paidMinor;

    @Column(name = "paid_currency", nullable = false)
    public String paidCurrency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConversationStatus status;

    @Column(name = "seller_deadline", nullable = false)
    public Instant sellerDeadline;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Embedded
    public StoredPaymentTerms paymentTerms;

    /** The dispute that closed the negotiation, once one opened for the case. */
    @Column(name = "dispute_id")
    public UUID disputeId;

    /** The settlement the buyer agreed, which ended the negotiation instead. */
    @Column(name = "settlement_id")
    public UUID settlementId;

    public Money paid() {
        return Money.of(paidMinor, paidCurrency);
    }

    /** A seller's message, offer or decline meets the deadline: true when this was the first answer. */
    public boolean sellerAnswers() {
        if (status != ConversationStatus.AWAITING_SELLER) {
            return false;
        }
        status = ConversationStatus.SELLER_RESPONDED;
        return true;
    }

    /** Offers and answers end when a dispute opens: a settlement and a dispute never both pay (409 naming it). */
    public void requireNoDispute() {
        if (disputeId != null) {
            throw ApiException.refusedBy(409, "DISPUTE_OPEN", null, "dispute " + disputeId
                    + " is open for this case: offers and answers are closed, a support agent decides");
        }
    }

    /** The buyer accepted an offer: the negotiation ends in this settlement. */
    public void settle(UUID settlement) {
        status = ConversationStatus.SETTLED;
        settlementId = settlement;
    }

    /**
     * A dispute opened for the case: the negotiation closes unless it already ended (settled, withdrawn, or closed by
     * an earlier dispute). Returns whether it closed now, so an open offer must be withdrawn and the deadline stopped.
     */
    public boolean closeForDispute(UUID dispute) {
        if (disputeId != null || status == ConversationStatus.SETTLED || status == ConversationStatus.CLOSED) {
            return false;
        }
        disputeId = dispute;
        status = ConversationStatus.IN_DISPUTE;
        return true;
    }

    public boolean hasParticipant(String userId) {
        return buyerId.equals(userId) || sellerId.equals(userId);
    }
}
