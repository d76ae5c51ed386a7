package io.refunds.order.returns;

import io.refunds.order.order.JourneyStep;
import io.refunds.order.policy.ClaimStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An exchange or replacement as the database keeps it (table {@code replacement}): the outcome it answers, where the
 * new item must arrive, its journey so far and when it is due. Only {@link Replacements} changes it.
 */
@Entity
@Table(name = "replacement")
public class StoredReplacement {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false)
    UUID caseId;

    @Column(nullable = false)
    String cause;

    @Column(name = "order_id", nullable = false)
    String orderId;

    @Column(name = "item_id", nullable = false)
    String itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_stage", nullable = false)
    ClaimStage claimStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ReplacementProgress status;

    @Enumerated(EnumType.STRING)
    JourneyStep step;

    String carrier;

    String tracking;

    @Column(name = "parcel_id")
    String parcelId;

    @Column(name = "purchased_at")
    Instant purchasedAt;

    @Column(name = "seller_shipped_at")
    Instant sellerShippedAt;

    @Column(name = "stocked_in_at")
    Instant stockedInAt;

    @Column(name = "shipped_abroad_at")
    Instant shippedAbroadAt;

    @Column(name = "delivered_at")
    Instant deliveredAt;

    @Column(name = "opened_at", nullable = false)
    Instant openedAt;

    @Column(name = "due_at", nullable = false)
    Instant dueAt;

    @Column(name = "arrived_at")
    Instant arrivedAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String cause() {
        return cause;
    }

    public String orderId() {
        return orderId;
    }

    public String itemId() {
        return itemId;
    }

    public ClaimStage claimStage() {
        return claimStage;
    }

    public ReplacementProgress status() {
        return status;
    }

    /** The new item's last step, or null before the platform posted any. */
    public JourneyStep step() {
        return step;
    }

    public String carrier() {
        return carrier;
    }

    public String tracking() {
        return tracking;
    }

    public String parcelId() {
        return parcelId;
    }

    public Instant purchasedAt() {
        return purchasedAt;
    }

    public Instant sellerShippedAt() {
        return sellerShippedAt;
    }

    public Instant stockedInAt() {
        return stockedInAt;
    }

    public Instant shippedAbroadAt() {
        return shippedAbroadAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    /** Where the new item must arrive for the case to close: stocked in for a warehouse claim, else delivered. */
    public JourneyStep arrivesAs() {
        return Replacements.arrival(claimStage);
    }
}
