package io.refunds.refund.refund;

import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;

import io.refunds.events.DecisionMade;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundDestination;
import io.refunds.refund.fixtures.DecisionMadeBuilder;
import io.refunds.refund.provider.ProviderReply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Refunds in the states the rules are tested from, reached through the rules themselves (no Kafka, no database). */
final class Refunds {

    static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
    static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(30),
            Duration.ofMinutes(5));
    static final BigDecimal USD_PER_CNY = new BigDecimal("0.1383");
    static final PaymentTerms CARD = new PaymentTerms(USD_PER_CNY, "pi_1", RefundDestination.ORIGINAL_PAYMENT);
    static final ProviderReply TIMEOUT = ProviderReply.unknown("no answer from Stripe: TimeoutException");
    static final ProviderReply DECLINE = ProviderReply.declined("Stripe answered 402 (card_error/expired_card): no");

    private Refunds() {
    }

    /** Opens the refund a decision owes, the item refunded nothing before. */
    static RefundChange open(DecisionMadeBuilder decision) {
        return open(decision.build(), ItemRefunds.NONE);
    }

    static RefundChange open(DecisionMade decision, ItemRefunds earlier) {
        return Refund.open(UUID.randomUUID(), RefundCause.of(decision), earlier, "stripe", NOW);
    }

    /** A full refund of the 129.00 USD to the card, waiting for its first attempt. */
    static Refund toCard() {
        return open(aDecision().terms(CARD)).refund();
    }

    /** A full refund of the 129.00 USD, issued to the wallet. */
    static Refund issuedToWallet() {
        return open(aDecision()).refund();
    }

    static ProviderReply succeeded(String providerRefundId) {
        return new ProviderReply(ProviderReply.Kind.SUCCEEDED, providerRefundId, "Stripe refund " + providerRefundId
                + " succeeded");
    }

    static ProviderReply pending(String providerRefundId) {
        return new ProviderReply(ProviderReply.Kind.PENDING, providerRefundId, "Stripe refund " + providerRefundId
                + " is pending");
    }

    /** A card refund the provider declined: FAILED, nothing paid. */
    static Refund failedAfterDecline() {
        Refund refund = toCard();
        refund.providerAnswered(DECLINE, NOW, POLICY);
        return refund;
    }

    /** A card refund whose every attempt timed out: FAILED, and it may have paid. */
    static Refund failedAfterTimeouts() {
        Refund refund = toCard();
        for (int attempt = 0; attempt < POLICY.maxAttempts(); attempt++) {
            refund.providerAnswered(TIMEOUT, NOW, POLICY);
        }
        return refund;
    }
}
