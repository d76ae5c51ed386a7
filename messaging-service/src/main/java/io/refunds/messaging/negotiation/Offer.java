package io.refunds.messaging.negotiation;

import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.Remedy;
import io.refunds.platform.api.BreakdownJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A remedy the seller offered, and the buyer's answer; kept as history. */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "offer_type", nullable = false)
    public Remedy offerType;

    @Column(name = "amount_minor")
    public Long amountMinor;

    public String note;

    /** What the offer refunds line by line, as JSON text (a jsonb column); null without cost lines. */
    @org.hibernate.annotations.ColumnTransformer(read = "cast(breakdown as text)",
            write = "cast(cast(? as text) as jsonb)")
    @Column(name = "breakdown")
    public String breakdown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfferStatus status;

    @Column(name = "made_at", nullable = false)
    public Instant madeAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answer_reason")
    public String answerReason;

    public RefundBreakdown breakdown() {
        return BreakdownJson.read(breakdown);
    }

    public Money amount(String currency) {
        return amountMinor == null ? null : Money.of(amountMinor, currency);
    }
}
