package io.refunds.messaging.negotiation;

import static io.refunds.messaging.negotiation.Negotiations.BEFORE_DEADLINE;
import static io.refunds.messaging.negotiation.Negotiations.PAST_DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.BuyerEscalated;
import io.refunds.events.Remedy;
import io.refunds.events.SellerDeclined;
import io.refunds.messaging.Claims;
import io.refunds.platform.negotiation.Negotiation;
import io.refunds.platform.problem.Problem;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link ConversationLifecycle}: the seller's decline, and the buyer's escalation through the shared rule. */
class DeclineAndEscalationLifecycleTest {

    @Test
    void aDeclineWithdrawsTheOpenOfferAndStopsTheDeadline() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer open = Negotiations.partialRefundOffered(conversation);

        Outcome outcome = ConversationLifecycle.decline(conversation, open, "No", BEFORE_DEADLINE);

        assertEquals(ConversationStatus.SELLER_DECLINED, conversation.status);
        assertEquals(OfferStatus.WITHDRAWN, open.status);
        assertEquals(Outcome.SellerDeadline.STOP, outcome.sellerDeadline());
    }

    @Test
    void aDeclineIsAnnouncedWithTheSellersReason() {
        Outcome outcome = ConversationLifecycle.decline(Negotiations.awaitingSeller(), null,
                "It worked when shipped", BEFORE_DEADLINE);

        assertEquals("It worked when shipped", ((SellerDeclined) outcome.event()).reason());
    }

    @Test
    void theSellerDeclinesOnce() {
        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.decline(Negotiations.declined(), null, null,
                BEFORE_DEADLINE));

        assertEquals(409, problem.status());
    }

    @Test
    void theBuyerMayEscalateAfterADecline() {
        Conversation conversation = Negotiations.declined();

        Outcome outcome = ConversationLifecycle.escalate(conversation, null, "Broken", BEFORE_DEADLINE);

        assertEquals(ConversationStatus.ESCALATED, conversation.status);
        assertEquals("Broken", ((BuyerEscalated) outcome.event()).note());
    }

    @Test
    void theBuyerMayEscalateAfterRejectingTheLatestOffer() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer rejected = Negotiations.rejected(conversation);

        Outcome outcome = ConversationLifecycle.escalate(conversation, rejected, null, BEFORE_DEADLINE);

        BuyerEscalated escalated = (BuyerEscalated) outcome.event();
        assertEquals(Negotiations.SELLER, escalated.sellerId());
        assertEquals(Claims.PAID, escalated.amountPaid());
    }

    @Test
    void whileTheSellerStillHasTimeTheBuyerCannotEscalate() {
        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.escalate(Negotiations.awaitingSeller(),
                null, null, BEFORE_DEADLINE));

        assertEquals(409, problem.status());
        assertEquals("SELLER_STILL_ANSWERING", problem.rule());
    }

    @Test
    void whileAnOfferIsOpenTheBuyerCannotEscalate() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer open = Negotiations.partialRefundOffered(conversation);

        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.escalate(conversation, open, null,
                BEFORE_DEADLINE));

        assertEquals("SELLER_STILL_ANSWERING", problem.rule());
    }

    @Test
    void theBuyerEscalatesOnce() {
        Conversation conversation = Negotiations.declined();
        ConversationLifecycle.escalate(conversation, null, null, BEFORE_DEADLINE);

        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.escalate(conversation, null, null,
                BEFORE_DEADLINE));

        assertEquals(409, problem.status());
    }

    @Test
    void afterTheSellerMissedTheDeadlineThePlatformHasEscalatedAlready() {
        Conversation conversation = Negotiations.awaitingSeller();
        ConversationLifecycle.sellerDeadlinePassed(conversation, PAST_DEADLINE);

        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.escalate(conversation, null, null,
                PAST_DEADLINE));

        assertEquals(409, problem.status());
        assertTrue(problem.detail().contains("opened automatically"), problem.detail());
    }

    @Test
    void aDeadlinePassedButNotYetFiredLetsTheBuyerEscalateAndStopsIt() {
        Conversation conversation = Negotiations.awaitingSeller();

        Outcome outcome = ConversationLifecycle.escalate(conversation, null, null, PAST_DEADLINE);

        assertEquals(ConversationStatus.ESCALATED, conversation.status);
        assertEquals(Outcome.SellerDeadline.STOP, outcome.sellerDeadline());
    }

    @Test
    void aSettledCaseIsNotEscalated() {
        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.escalate(Negotiations.settled(), null, null,
                BEFORE_DEADLINE));

        assertEquals("CASE_SETTLED", problem.rule());
    }

    @Test
    void aWithdrawnCaseIsNotEscalated() {
        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.escalate(Negotiations.withdrawn(), null,
                null, BEFORE_DEADLINE));

        assertEquals("CASE_WITHDRAWN", problem.rule());
    }

    @Test
    void theNegotiationAsTheSharedRuleReadsItKeepsTheLatestOffer() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer rejected = Negotiations.rejected(conversation);

        Negotiation negotiation = ConversationLifecycle.negotiation(conversation, rejected);

        assertEquals(Negotiation.LastOffer.REJECTED, negotiation.lastOffer());
        assertEquals(Negotiations.DEADLINE, negotiation.sellerDeadline());
        assertNull(conversation.disputeId);
    }

    @Test
    void duringADisputeNoOfferIsMade() {
        UUID disputeId = UUID.randomUUID();
        Conversation conversation = Negotiations.inDispute(disputeId);

        assertRefusedNaming(disputeId, Negotiations.refusal(() -> ConversationLifecycle.offer(conversation, null,
                Remedy.REPLACEMENT, null, null, BEFORE_DEADLINE)));
    }

    @Test
    void duringADisputeNoOfferIsAcceptedNotEvenAnUnknownOne() {
        UUID disputeId = UUID.randomUUID();
        Conversation conversation = Negotiations.inDispute(disputeId);

        assertRefusedNaming(disputeId, Negotiations.refusal(() -> ConversationLifecycle.accept(conversation,
                UUID.randomUUID(), null, null, BEFORE_DEADLINE)));
    }

    @Test
    void duringADisputeTheSellerDoesNotDecline() {
        UUID disputeId = UUID.randomUUID();
        Conversation conversation = Negotiations.inDispute(disputeId);

        assertRefusedNaming(disputeId, Negotiations.refusal(() -> ConversationLifecycle.decline(conversation, null,
                null, BEFORE_DEADLINE)));
    }

    @Test
    void duringADisputeTheBuyerDoesNotEscalate() {
        UUID disputeId = UUID.randomUUID();
        Conversation conversation = Negotiations.inDispute(disputeId);

        assertRefusedNaming(disputeId, Negotiations.refusal(() -> ConversationLifecycle.escalate(conversation, null,
                null, BEFORE_DEADLINE)));
    }

    private static void assertRefusedNaming(UUID disputeId, Problem problem) {
        assertEquals(409, problem.status());
        assertEquals("DISPUTE_OPEN", problem.rule());
        assertTrue(problem.detail().contains(disputeId.toString()), problem.detail());
    }
}
