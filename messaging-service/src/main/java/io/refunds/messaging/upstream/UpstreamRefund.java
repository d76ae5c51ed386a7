package io.refunds.messaging.upstream;

import io.refunds.events.Money;
import io.refunds.events.Remedy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The case's refund on the marketplace, mirrored: what was filed, the marketplace's state and {@code refund_version},
 * and what the seller said there. Only {@link UpstreamRefundLifecycle} changes it.
 */
@Entity
@Table(name = "upstream_refund")
public class UpstreamRefund {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, unique = true)
    public UUID caseId;

    @Column(nullable = false)
    public String marketplace;

    @Column(name = "marketplace_order_id", nullable = false)
    public String marketplaceOrderId;

    @Column(name = "marketplace_item_id", nullable = false)
    public String marketplaceItemId;

    @Column(name = "purchaser_id")
    public String purchaserId;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Column(name = "seller_id")
    public String sellerId;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(name = "amount_currency", nullable = false)
    public String amountCurrency;

    @Column(nullable = false)
    public String reason;

    public String description;

    @Column(name = "goods_returned", nullable = false)
    public boolean goodsReturned;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_remedy", nullable = false)
    public Remedy requestedRemedy;

    @Column(name = "requested_minor", nullable = false)
    public long requestedMinor;

    @Column(name = "requested_currency", nullable = false)
    public String requestedCurrency;

    /** The buyer's evidence ids, comma-separated, as filed. */
    @Column(nullable = false)
    public String evidence;

    /** The warehouse's QC photo ids (the baseline), comma-separated, as filed. */
    @Column(name = "qc_photos", nullable = false)
    public String qcPhotos;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UpstreamStatus status;

    @Column(name = "marketplace_refund_id")
    public String marketplaceRefundId;

    @Column(name = "refund_version")
    public Long refundVersion;

    @Column(name = "marketplace_deadline")
    public Instant marketplaceDeadline;

    @Column(name = "seller_offer_minor")
    public Long sellerOfferMinor;

    @Column(name = "seller_message")
    public String sellerMessage;

    @Column(name = "return_address")
    public String returnAddress;

    @Column(name = "refuse_reason")
    public String refuseReason;

    @Column(name = "refuse_proof")
    public String refuseProof;

    /** The buyer withdrew the case: cancel the refund on the marketplace, and never file it if not filed yet. */
    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;

    /** Calls of the pending kind (filing, or cancelling) made so far. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "filed_at")
    public Instant filedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Money amount() {
        return Money.of(amountMinor, amountCurrency);
    }

    /** What the buyer asked for, in their currency. */
    public Money requested() {
        return Money.of(requestedMinor, requestedCurrency);
    }

    public Money sellerOffer() {
        return sellerOfferMinor == null ? null : Money.of(sellerOfferMinor, amountCurrency);
    }

    /** The idempotency key of the filing ({@code out_refund_id}): one per case, so a retried filing files once. */
    public String outRefundId() {
        return caseId.toString();
    }
}
