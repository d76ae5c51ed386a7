package io.refunds.messaging.negotiation;

import static io.refunds.messaging.negotiation.Negotiations.BEFORE_DEADLINE;
import static io.refunds.messaging.negotiation.Negotiations.BUYER;
import static io.refunds.messaging.negotiation.Negotiations.DEADLINE;
import static io.refunds.messaging.negotiation.Negotiations.OPENED;
import static io.refunds.messaging.negotiation.Negotiations.SELLER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.ConversationOpened;
import io.refunds.events.IssueReported;
import io.refunds.events.MessagePosted;
import io.refunds.messaging.Claims;
import io.refunds.platform.payment.StoredPaymentTerms;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link ConversationLifecycle}: a claim opens the conversation; messages, and the seller's first answer. */
class OpeningAndMessagesLifecycleTest {

    @Test
    void aClaimOpensTheConversationAwaitingTheSellerUntilTheDeadlineGiven() {
        IssueReported claim = Negotiations.claim();

        Conversation conversation = Negotiations.opening(claim).conversation();

        assertEquals(ConversationStatus.AWAITING_SELLER, conversation.status);
        assertEquals(DEADLINE, conversation.sellerDeadline);
        assertEquals(OPENED, conversation.openedAt);
        assertEquals(claim.caseId(), conversation.caseId);
    }

    @Test
    void theConversationKeepsTheCasesPartiesAndPaymentTerms() {
        IssueReported claim = Negotiations.claim();

        Conversation conversation = Negotiations.opening(claim).conversation();

        assertEquals(claim.orderId(), conversation.parties.orderId());
        assertEquals(BUYER, conversation.buyerId());
        assertEquals(SELLER, conversation.sellerId());
        assertEquals(Claims.PAID, conversation.paid());
        assertEquals(Claims.TERMS, StoredPaymentTerms.terms(conversation.paymentTerms));
    }

    @Test
    void openingIsAnnouncedAndStartsTheSellersDeadline() {
        Outcome outcome = Negotiations.opening(Negotiations.claim());

        ConversationOpened opened = (ConversationOpened) outcome.event();
        assertEquals(outcome.conversation().id, opened.conversationId());
        assertEquals(DEADLINE, opened.sellerDeadline());
        assertTrue(outcome.opened());
        assertEquals(Outcome.SellerDeadline.START, outcome.sellerDeadline());
    }

    @Test
    void theClaimIsSummedUpInASystemMessageNamingTheDeadline() {
        Message summary = Negotiations.opening(Negotiations.claim()).messages().get(0);

        assertEquals(AuthorRole.SYSTEM, summary.authorRole);
        assertTrue(summary.body.contains("as defective"), summary.body);
        assertTrue(summary.body.contains("Seller, please answer by"), summary.body);
    }

    @Test
    void aSecondClaimForTheCaseOpensNothing() {
        Conversation existing = Negotiations.awaitingSeller();

        Outcome outcome = ConversationLifecycle.open(existing, Negotiations.claim(), OPENED, DEADLINE);

        assertFalse(outcome.opened());
        assertEquals(List.of(), outcome.events());
        assertEquals(List.of(), outcome.messages());
    }

    @Test
    void aParcelClaimOpensNoConversationAndStartsNoSellerDeadline() {
        Outcome outcome = ConversationLifecycle.open(null,
                io.refunds.messaging.Claims.claimOf(UUID.randomUUID()).lostInParcel(), OPENED, DEADLINE);

        assertFalse(outcome.opened());
        assertEquals(List.of(), outcome.events());
        assertEquals(Outcome.SellerDeadline.UNCHANGED, outcome.sellerDeadline());
    }

    @Test
    void theSellersFirstMessageMeetsTheDeadline() {
        Conversation conversation = Negotiations.awaitingSeller();

        Outcome outcome = Negotiations.sellerWrites(conversation, "Sorry!");

        assertEquals(ConversationStatus.SELLER_RESPONDED, conversation.status);
        assertEquals(Outcome.SellerDeadline.STOP, outcome.sellerDeadline());
    }

    @Test
    void aLaterSellerMessageLeavesTheDeadlineAlone() {
        Conversation conversation = Negotiations.sellerResponded();

        Outcome outcome = Negotiations.sellerWrites(conversation, "Any news?");

        assertEquals(Outcome.SellerDeadline.UNCHANGED, outcome.sellerDeadline());
    }

    @Test
    void aBuyersMessageKeepsTheSellerOwingAnAnswer() {
        Conversation conversation = Negotiations.awaitingSeller();

        Outcome outcome = ConversationLifecycle.post(conversation, BUYER, AuthorRole.BUYER, "Hello?", List.of(),
                BEFORE_DEADLINE);

        assertEquals(ConversationStatus.AWAITING_SELLER, conversation.status);
        assertEquals(Outcome.SellerDeadline.UNCHANGED, outcome.sellerDeadline());
    }

    @Test
    void aMessageIsAnnouncedAsWrittenWithItsEvidence() {
        UUID evidence = UUID.randomUUID();

        Outcome outcome = ConversationLifecycle.post(Negotiations.awaitingSeller(), BUYER, AuthorRole.BUYER,
                "<img src=x onerror=alert(1)>", List.of(evidence), BEFORE_DEADLINE);

        MessagePosted posted = (MessagePosted) outcome.event();
        assertEquals("<img src=x onerror=alert(1)>", posted.body());
        assertEquals(List.of(evidence.toString()), posted.evidenceIds());
        assertEquals("BUYER", posted.authorRole());
        assertEquals(posted.messageId(), outcome.messages().get(0).id);
    }

    @Test
    void noMessageOnceTheCaseWasWithdrawn() {
        Conversation conversation = Negotiations.withdrawn();

        assertEquals(409, Negotiations.refusal(() -> Negotiations.sellerWrites(conversation, "Hi")).status());
    }

    @Test
    void messagesStillFlowDuringADispute() {
        Conversation conversation = Negotiations.inDispute(UUID.randomUUID());

        Outcome outcome = Negotiations.sellerWrites(conversation, "Here is the tracking");

        assertEquals(1, outcome.events().size());
        assertNull(outcome.madeOffer());
    }

    @Test
    void staffWriteAsTheAgent() {
        assertEquals(AuthorRole.AGENT, ConversationLifecycle.roleOf(Negotiations.awaitingSeller(), "a-1", true,
                false));
    }

    @Test
    void theCasesSellerWritesAsTheSeller() {
        assertEquals(AuthorRole.SELLER, ConversationLifecycle.roleOf(Negotiations.awaitingSeller(), SELLER, false,
                true));
    }

    @Test
    void theCasesBuyerWritesAsTheBuyer() {
        assertEquals(AuthorRole.BUYER, ConversationLifecycle.roleOf(Negotiations.awaitingSeller(), BUYER, false,
                false));
    }
}
