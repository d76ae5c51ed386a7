package io.refunds.messaging;

import io.refunds.events.IssueReported;
import io.refunds.events.MarketplaceOrder;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundDestination;
import io.refunds.events.Remedy;
import io.refunds.testing.EventLog;
import io.refunds.testing.TestEvents;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Claims (IssueReported) as order-service publishes them, and the conversations they open. */
public final class Claims {

    public static final Money PAID = Money.of(12_900, "USD");
    public static final PaymentTerms TERMS = new PaymentTerms(new BigDecimal("0.1383"), "pi_claims",
            RefundDestination.ORIGINAL_PAYMENT);

    private Claims() {
    }

    /** A claim of {@code buyerId} against {@code sellerId}: defective earbuds, 129.00 USD paid, with payment terms. */
    public static IssueReported claim(UUID caseId, String buyerId, String sellerId) {
        return claimOf(caseId).by(buyerId).against(sellerId).build();
    }

    public static Builder claimOf(UUID caseId) {
        return new Builder(caseId);
    }

    /** Publishes a claim and returns the id of the conversation it opened (as its buyer sees it). */
    public static String openConversation(EventLog events, UUID caseId, String buyerId, String sellerId) {
        events.send(TestEvents.record(claim(caseId, buyerId, sellerId)));
        return MessagingApi.buyer(buyerId).awaitConversationOf(caseId);
    }

    /** A claim with defaults for everything a test does not name. */
    public static final class Builder {

        private final UUID caseId;
        private String buyerId = "b-1";
        private String sellerId = "s-1";
        private PaymentTerms terms = TERMS;
        private Instant reportedAt = Instant.now();
        private MarketplaceOrder upstream;

        private Builder(UUID caseId) {
            this.caseId = caseId;
        }

        public Builder by(String buyer) {
            this.buyerId = buyer;
            return this;
        }

        public Builder against(String seller) {
            this.sellerId = seller;
            return this;
        }

        /** As order-service reported claims before payment terms existed. */
        public Builder withoutPaymentTerms() {
            this.terms = null;
            return this;
        }

        public Builder reportedAt(Instant at) {
            this.reportedAt = at;
            return this;
        }

        /**
         * Bought by the agent on Taobao as sub-order {@code marketplaceItemId} (whose name tells the stand-in's seller
         * what to do), the seller paid {@code priceCny}.
         */
        public Builder boughtOnTaobao(String marketplaceItemId, Money priceCny) {
            this.upstream = new MarketplaceOrder("TAOBAO", "tid-" + caseId, marketplaceItemId, "purchaser-1");
            this.terms = new PaymentTerms(TERMS.exchangeRate(), TERMS.paymentReference(), TERMS.refundDestination(),
                    priceCny);
            return this;
        }

        public IssueReported build() {
            return new IssueReported(caseId, "o-" + caseId, "i-1", "Earbuds", buyerId, sellerId, "DEFECTIVE",
                    "No sound", Remedy.FULL_REFUND, PAID, PAID, List.of(), List.of(), reportedAt, terms)
                    .boughtOn(upstream);
        }

        /** The claim as a parcel claim opens it: the parcel was lost on its way, the carrier's fault. */
        public IssueReported lostInParcel() {
            Instant shipped = reportedAt.minus(java.time.Duration.ofDays(25));
            return new IssueReported(caseId, "o-" + caseId, "i-1", "Earbuds", buyerId, sellerId, "LOST", null,
                    Remedy.FULL_REFUND, PAID, PAID, List.of(), List.of(), reportedAt, terms, null,
                    new io.refunds.events.ParcelClaim(UUID.randomUUID(), "PCL-" + caseId, "EMS", "EE1", shipped,
                            null, null, null, false, shipped.plus(java.time.Duration.ofDays(45)),
                            List.of(new io.refunds.events.ParcelClaim.Item("o-" + caseId, "i-1", "Earbuds", PAID,
                                    PAID))));
        }
    }
}
