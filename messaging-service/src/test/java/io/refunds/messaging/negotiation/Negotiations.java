package io.refunds.messaging.negotiation;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.refunds.events.DisputeOpened;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.messaging.Claims;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.function.Executable;

/** Conversations at each stage of their negotiation, built through {@link ConversationLifecycle} itself. */
final class Negotiations {

    static final Instant OPENED = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant DEADLINE = OPENED.plus(Duration.ofHours(48));
    static final Instant BEFORE_DEADLINE = OPENED.plus(Duration.ofHours(1));
    static final Instant PAST_DEADLINE = DEADLINE.plusSeconds(1);
    static final String BUYER = "b-1";
    static final String SELLER = "s-1";

    private Negotiations() {
    }

    static IssueReported claim() {
        return Claims.claim(UUID.randomUUID(), BUYER, SELLER);
    }

    static Outcome opening(IssueReported claim) {
        return ConversationLifecycle.open(null, claim, OPENED, DEADLINE);
    }

    /** Just opened: the seller owes an answer until {@link #DEADLINE}. */
    static Conversation awaitingSeller() {
        return opening(claim()).conversation();
    }

    /** The seller answered with a message. */
    static Conversation sellerResponded() {
        Conversation conversation = awaitingSeller();
        sellerWrites(conversation, "Sorry, let me check");
        return conversation;
    }

    static Outcome sellerWrites(Conversation conversation, String body) {
        return ConversationLifecycle.post(conversation, SELLER, AuthorRole.SELLER, body, List.of(), BEFORE_DEADLINE);
    }

    /** The seller offers 40.00 USD back (of 129.00 paid). */
    static Offer partialRefundOffered(Conversation conversation) {
        return ConversationLifecycle.offer(conversation, null, Remedy.PARTIAL_REFUND, usd(4_000), "Keep it",
                BEFORE_DEADLINE).madeOffer();
    }

    static Offer rejected(Conversation conversation) {
        Offer offer = partialRefundOffered(conversation);
        ConversationLifecycle.reject(conversation, offer.id, offer, "Not enough", BEFORE_DEADLINE);
        return offer;
    }

    static Conversation declined() {
        Conversation conversation = awaitingSeller();
        ConversationLifecycle.decline(conversation, null, "It worked when shipped", BEFORE_DEADLINE);
        return conversation;
    }

    static Conversation settled() {
        Conversation conversation = awaitingSeller();
        Offer offer = partialRefundOffered(conversation);
        ConversationLifecycle.accept(conversation, offer.id, offer, null, BEFORE_DEADLINE);
        return conversation;
    }

    static Conversation withdrawn() {
        Conversation conversation = awaitingSeller();
        ConversationLifecycle.withdraw(conversation, BEFORE_DEADLINE);
        return conversation;
    }

    static Conversation inDispute(UUID disputeId) {
        Conversation conversation = awaitingSeller();
        ConversationLifecycle.disputeOpened(conversation, null, disputeOpened(conversation.caseId, disputeId),
                BEFORE_DEADLINE);
        return conversation;
    }

    static DisputeOpened disputeOpened(UUID caseId, UUID disputeId) {
        return new DisputeOpened(disputeId, caseId, "o-" + caseId, "i-1", BUYER, SELLER, "DEFECTIVE",
                DisputeOpened.DisputeTrigger.BUYER_ESCALATION, Claims.PAID, DEADLINE.plus(Duration.ofDays(3)),
                BEFORE_DEADLINE);
    }

    static MoneyInput usd(long minorUnits) {
        return MoneyInput.of(Money.of(minorUnits, "USD"));
    }

    /** The problem a refused step answers with. */
    static Problem refusal(Executable step) {
        return assertThrows(ApiException.class, step).problem();
    }
}
