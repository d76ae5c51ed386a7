package io.refunds.messaging.negotiation;

import static io.refunds.messaging.negotiation.Negotiations.BEFORE_DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.refunds.events.NegotiationClosed;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link ConversationLifecycle}: a withdrawal closes the conversation, a dispute closes the negotiation. */
class ClosingLifecycleTest {

    @Test
    void aWithdrawalClosesTheConversationAndStopsTheDeadline() {
        Conversation conversation = Negotiations.awaitingSeller();

        Outcome outcome = ConversationLifecycle.withdraw(conversation, BEFORE_DEADLINE);

        assertEquals(ConversationStatus.CLOSED, conversation.status);
        assertEquals(Outcome.SellerDeadline.STOP, outcome.sellerDeadline());
        assertEquals(List.of(), outcome.events());
    }

    @Test
    void aWithdrawalIsToldInASystemMessage() {
        Message message = ConversationLifecycle.withdraw(Negotiations.awaitingSeller(), BEFORE_DEADLINE).messages()
                .get(0);

        assertEquals(AuthorRole.SYSTEM, message.authorRole);
        assertEquals("The buyer withdrew the case.", message.body);
    }

    @Test
    void aSecondWithdrawalChangesNothing() {
        Outcome outcome = ConversationLifecycle.withdraw(Negotiations.withdrawn(), BEFORE_DEADLINE);

        assertEquals(List.of(), outcome.messages());
        assertEquals(Outcome.SellerDeadline.UNCHANGED, outcome.sellerDeadline());
    }

    @Test
    void aWithdrawalOfACaseWithoutConversationChangesNothing() {
        assertEquals(List.of(), ConversationLifecycle.withdraw(null, BEFORE_DEADLINE).messages());
    }

    @Test
    void aDisputeClosesTheNegotiationAndWithdrawsTheOpenOffer() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer open = Negotiations.partialRefundOffered(conversation);
        UUID disputeId = UUID.randomUUID();

        ConversationLifecycle.disputeOpened(conversation, open,
                Negotiations.disputeOpened(conversation.caseId, disputeId), BEFORE_DEADLINE);

        assertEquals(ConversationStatus.IN_DISPUTE, conversation.status);
        assertEquals(disputeId, conversation.disputeId);
        assertEquals(OfferStatus.WITHDRAWN, open.status);
        assertEquals("dispute " + disputeId + " opened", open.answerReason);
    }

    @Test
    void aDisputeIsAnsweredNamingTheWithdrawnOffer() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer open = Negotiations.partialRefundOffered(conversation);
        UUID disputeId = UUID.randomUUID();

        NegotiationClosed closed = (NegotiationClosed) ConversationLifecycle.disputeOpened(conversation, open,
                Negotiations.disputeOpened(conversation.caseId, disputeId), BEFORE_DEADLINE).event();

        assertEquals(disputeId, closed.disputeId());
        assertEquals(open.id, closed.withdrawnOfferId());
        assertNull(closed.settlementId());
    }

    @Test
    void aDisputeStopsTheDeadlineAndSaysSoInASystemMessage() {
        Conversation conversation = Negotiations.awaitingSeller();

        Outcome outcome = ConversationLifecycle.disputeOpened(conversation, null,
                Negotiations.disputeOpened(conversation.caseId, UUID.randomUUID()), BEFORE_DEADLINE);

        assertEquals(Outcome.SellerDeadline.STOP, outcome.sellerDeadline());
        assertEquals(AuthorRole.SYSTEM, outcome.messages().get(0).authorRole);
    }

    @Test
    void aDisputeAfterASettlementIsAnsweredWithTheSettlement() {
        Conversation conversation = Negotiations.settled();
        UUID disputeId = UUID.randomUUID();

        NegotiationClosed closed = (NegotiationClosed) ConversationLifecycle.disputeOpened(conversation, null,
                Negotiations.disputeOpened(conversation.caseId, disputeId), BEFORE_DEADLINE).event();

        assertEquals(conversation.settlementId, closed.settlementId());
        assertEquals(disputeId, closed.disputeId());
        assertEquals(ConversationStatus.SETTLED, conversation.status);
    }

    @Test
    void aSecondDisputeIsAnsweredWithoutClosingAgain() {
        UUID first = UUID.randomUUID();
        Conversation conversation = Negotiations.inDispute(first);

        Outcome outcome = ConversationLifecycle.disputeOpened(conversation, null,
                Negotiations.disputeOpened(conversation.caseId, UUID.randomUUID()), BEFORE_DEADLINE);

        assertEquals(first, conversation.disputeId);
        assertEquals(List.of(), outcome.messages());
        assertEquals(1, outcome.events().size());
    }

    @Test
    void aDisputeAfterAWithdrawalLeavesTheConversationClosed() {
        Conversation conversation = Negotiations.withdrawn();

        ConversationLifecycle.disputeOpened(conversation, null,
                Negotiations.disputeOpened(conversation.caseId, UUID.randomUUID()), BEFORE_DEADLINE);

        assertEquals(ConversationStatus.CLOSED, conversation.status);
        assertNull(conversation.disputeId);
    }

    @Test
    void aDisputeOnACaseWithoutConversationIsStillAnswered() {
        UUID caseId = UUID.randomUUID();
        UUID disputeId = UUID.randomUUID();

        NegotiationClosed closed = (NegotiationClosed) ConversationLifecycle.disputeOpened(null, null,
                Negotiations.disputeOpened(caseId, disputeId), BEFORE_DEADLINE).event();

        assertEquals(caseId, closed.caseId());
        assertNull(closed.conversationId());
        assertEquals(disputeId, closed.disputeId());
    }
}
