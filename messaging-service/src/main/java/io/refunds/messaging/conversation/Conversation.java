package io.refunds.messaging.conversation;

import io.refunds.events.Money;
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

    public boolean hasParticipant(String userId) {
        return buyerId.equals(userId) || sellerId.equals(userId);
    }
}
