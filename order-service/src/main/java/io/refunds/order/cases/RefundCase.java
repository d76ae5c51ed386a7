package io.refunds.order.cases;

import io.refunds.events.Money;
import io.refunds.events.RefundDestination;
import io.refunds.events.Remedy;
import io.refunds.platform.parties.CaseParties;
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
 * A buyer's claim about one item, from report to refund: the buyer's "where is my refund?" record. Its state is
 * changed only by {@link CaseLifecycle}; the fields are package-private so nothing outside this package can.
 */
@Entity
@Table(name = "refund_case")
public class RefundCase {

    @Id
    UUID id;

    /** The order and item, buyer and seller, reason and what was paid (columns order_id … paid_currency). */
    @Embedded
    CaseParties parties;

    @Column(name = "item_title")
    String itemTitle;

    String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_outcome", nullable = false)
    Remedy requestedOutcome;

    @Column(name = "requested_minor")
    Long requestedMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "refund_destination", nullable = false)
    RefundDestination refundDestination;

    @Column(name = "refunded_minor", nullable = false)
    long refundedMinor;

    /** Where in the item's journey the claim was made. */
    @Enumerated(EnumType.STRING)
    @Column(name = "claim_stage", nullable = false)
    io.refunds.order.policy.ClaimStage claimStage;

    /** The quote the case was reported with ({@code QuoteView} as JSON text, a jsonb column); null before quotes. */
    @org.hibernate.annotations.ColumnTransformer(read = "cast(quote as text)", write = "cast(cast(? as text) as jsonb)")
    String quote;

    /** Whose fault the reported reason is. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    io.refunds.order.policy.Fault fault;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CaseStatus status;

    /** The parcel claim that opened the case (one case per item of the parcel); null for a claim on the item. */
    @Column(name = "parcel_claim_id")
    UUID parcelClaimId;

    @Column(name = "next_deadline_kind")
    String nextDeadlineKind;

    @Column(name = "next_deadline_at")
    Instant nextDeadlineAt;

    @Column(name = "reported_at", nullable = false)
    Instant reportedAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    public UUID id() {
        return id;
    }

    public CaseParties parties() {
        return parties;
    }

    public CaseStatus status() {
        return status;
    }

    public io.refunds.order.policy.ClaimStage claimStage() {
        return claimStage;
    }

    public UUID parcelClaimId() {
        return parcelClaimId;
    }

    public io.refunds.order.policy.Fault fault() {
        return fault;
    }

    public Money paid() {
        return parties.paid();
    }

    public Money refunded() {
        return Money.of(refundedMinor, parties.paid().currency());
    }

    public Money requested() {
        return requestedMinor == null ? null : Money.of(requestedMinor, parties.paid().currency());
    }

    /** The buyer, the seller of the item, staff and the platform may see a case. */
    public boolean visibleTo(String userId, boolean staffOrPlatform) {
        return staffOrPlatform || parties.isParty(userId);
    }
}
