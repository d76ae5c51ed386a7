package io.refunds.messaging.negotiation;

import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.platform.api.BreakdownJson;
import io.refunds.platform.parties.CaseParties;
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

/**
 * One conversation per case between the buyer and the seller, with the seller's response deadline; its state changes
 * only through {@link ConversationLifecycle}.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, unique = true)
    public UUID caseId;

    @Embedded
    public CaseParties parties;

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
    /** The quote the buyer confirmed, as JSON text (a jsonb column); null for cases reported before quotes. */
    @org.hibernate.annotations.ColumnTransformer(read = "cast(quote as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "quote")
    public String quote;

    @Column(name = "dispute_id")
    public UUID disputeId;

    /** The settlement the buyer agreed, which ended the negotiation instead. */
    @Column(name = "settlement_id")
    public UUID settlementId;

    /** The quote the buyer confirmed: the item's cost lines and their bearers; null before quotes. */
    public RefundBreakdown quote() {
        return BreakdownJson.read(quote);
    }

    public Money paid() {
        return parties.paid();
    }

    public String buyerId() {
        return parties.buyerId();
    }

    public String sellerId() {
        return parties.sellerId();
    }

    public boolean hasParticipant(String userId) {
        return parties.isParty(userId);
    }
}
