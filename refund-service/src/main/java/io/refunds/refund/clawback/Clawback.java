package io.refunds.refund.clawback;

import io.refunds.events.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What a buyer owes back for a case paid on a parcel claimed lost that the carrier found (table {@code clawback}):
 * the amount paid, the insurer's share of it (no longer owed by the insurer), when the parcel was found. Only
 * {@link Clawbacks} makes one.
 */
@Entity
@Table(name = "clawback")
public class Clawback {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false)
    UUID caseId;

    @Column(name = "claim_id", nullable = false)
    UUID claimId;

    @Column(name = "parcel_id", nullable = false)
    String parcelId;

    @Column(name = "buyer_id", nullable = false)
    String buyerId;

    @Column(name = "amount_minor", nullable = false)
    long amountMinor;

    @Column(nullable = false)
    String currency;

    @Column(name = "insurer_minor", nullable = false)
    long insurerMinor;

    @Column(nullable = false)
    String status;

    @Column(name = "found_at", nullable = false)
    Instant foundAt;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    public UUID caseId() {
        return caseId;
    }

    public String parcelId() {
        return parcelId;
    }

    public String buyerId() {
        return buyerId;
    }

    public Money amount() {
        return Money.of(amountMinor, currency);
    }

    public Money insurerShare() {
        return Money.of(insurerMinor, currency);
    }

    public String status() {
        return status;
    }

    public Instant foundAt() {
        return foundAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
