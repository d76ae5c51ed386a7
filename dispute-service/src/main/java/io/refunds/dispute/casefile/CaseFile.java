package io.refunds.dispute.casefile;

import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.platform.api.BreakdownJson;
import io.refunds.platform.parties.CaseParties;
import io.refunds.platform.payment.StoredPaymentTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The claim as IssueReported told it: parties, item, what was paid and asked for. */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    /** Order, item, buyer, seller, reason and what was paid, as IssueReported told them. */
    @Embedded
    public CaseParties parties;

    @Column(name = "item_title")
    public String itemTitle;

    public String description;

    @Column(name = "requested_outcome")
    public String requestedOutcome;

    @Column(name = "requested_minor")
    public Long requestedMinor;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Embedded
    public StoredPaymentTerms paymentTerms;

    /** The quote the buyer confirmed, as JSON text (a jsonb column); null for cases reported before quotes. */
    @org.hibernate.annotations.ColumnTransformer(read = "cast(quote as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "quote")
    public String quote;

    /** The quote the buyer confirmed: the item's cost lines and who bears each; null before quotes. */
    public RefundBreakdown quote() {
        return BreakdownJson.read(quote);
    }

    /** For a claim on an international parcel, the parcel as JSON text (a jsonb column); null otherwise. */
    @org.hibernate.annotations.ColumnTransformer(read = "cast(parcel as text)", write = "cast(cast(? as text) as jsonb)")
    @Column(name = "parcel")
    public String parcel;

    /** The parcel the claim is on, its tracking and every item in it; null for a claim on the item itself. */
    public io.refunds.events.ParcelClaim parcel() {
        return ParcelJson.read(parcel);
    }

    public Money paid() {
        return parties.paid();
    }
}
