package io.refunds.dispute.casefile;

import io.refunds.events.Money;
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

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Column(name = "item_title")
    public String itemTitle;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "seller_id", nullable = false)
    public String sellerId;

    @Column(nullable = false)
    public String reason;

    public String description;

    @Column(name = "requested_outcome")
    public String requestedOutcome;

    @Column(name = "requested_minor")
    public Long requestedMinor;

    @Column(name = "paid_minor", nullable = false)
    public long paidMinor;

    @Column(name = "paid_currency", nullable = false)
    public String paidCurrency;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Embedded
    public StoredPaymentTerms paymentTerms;

    public Money paid() {
        return Money.of(paidMinor, paidCurrency);
    }
}
