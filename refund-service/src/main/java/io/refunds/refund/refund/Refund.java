package io.refunds.refund.refund;

import io.refunds.events.Money;
import io.refunds.events.RefundDestination;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money owed to a buyer under one decision or settlement; its key makes it unique. */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    public UUID id;

    /** {@code decision:<id>} or {@code settlement:<id>}: one refund per cause, whatever is replayed. */
    @Column(name = "refund_key", nullable = false, unique = true)
    public String refundKey;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "settlement_id")
    public UUID settlementId;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "item_id")
    public String itemId;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "seller_id")
    public String sellerId;

    /** What this refund pays: the cause's total less what the item was already refunded. */
    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false)
    public String currency;

    /** The total the cause owes for the item, capped at what the buyer paid. */
    @Column(name = "owed_minor")
    public Long owedMinor;

    @Column(name = "amount_paid_minor")
    public Long amountPaidMinor;

    /** Why the amount is what it is, e.g. a cap or an earlier refund. */
    public String note;

    @Column(name = "exchange_rate", precision = 24, scale = 12)
    public BigDecimal exchangeRate;

    /** What the agent recovers from the seller, in CNY at the rate locked at payment. */
    @Column(name = "seller_amount_minor")
    public Long sellerAmountMinor;

    @Column(name = "seller_currency")
    public String sellerCurrency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RefundDestination destination;

    @Column(name = "payment_reference")
    public String paymentReference;

    public String provider;

    @Column(name = "provider_refund_id")
    public String providerRefundId;

    @Column(name = "provider_key_generation", nullable = false)
    public int providerKeyGeneration = 1;

    /** Rounds of provider attempts: the first, then one per manual retry. */
    @Column(nullable = false)
    public int round = 1;

    /** Attempts in the current round. */
    @Column(nullable = false)
    public int attempts;

    /** The last attempt may have paid (a timeout or a 5xx): only the same idempotency key may be used again. */
    @Column(name = "outcome_unknown", nullable = false)
    public boolean outcomeUnknown;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RefundStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "fallback_chosen_by")
    public String fallbackChosenBy;

    @Column(name = "fallback_chosen_at")
    public Instant fallbackChosenAt;

    public Money amount() {
        return Money.of(amountMinor, currency);
    }

    public Money sellerAmount() {
        return sellerAmountMinor == null ? null : Money.of(sellerAmountMinor, sellerCurrency);
    }

    /** The key the provider sees on every attempt of this generation, so a retry never pays twice. */
    public String providerIdempotencyKey() {
        return "refund-" + id + "-" + providerKeyGeneration;
    }

    /** Counts towards what the item was refunded: everything promised, paid or still being paid. */
    public boolean commitsMoney() {
        return status != RefundStatus.NOTHING_DUE;
    }
}
