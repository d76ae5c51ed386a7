package io.refunds.messaging.negotiation;

import static io.refunds.messaging.negotiation.Negotiations.BEFORE_DEADLINE;
import static io.refunds.messaging.negotiation.Negotiations.DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.refunds.events.BuyerEscalated;
import io.refunds.events.CaseEvent;
import io.refunds.events.MessagePosted;
import io.refunds.events.Remedy;
import io.refunds.events.SellerDeclined;
import io.refunds.events.SettlementAgreed;
import io.refunds.messaging.Claims;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link ConversationLifecycle}: what the conversation makes of what the seller did on the marketplace. */
class UpstreamNewsLifecycleTest {

    private static final String MIRROR = "marketplace:TAOBAO";

    @Test
    void theSellersWordsThereAreTheSellersMessageAndMeetTheDeadline() {
        Conversation conversation = Negotiations.awaitingSeller();

        Outcome outcome = ConversationLifecycle.sellerAnsweredUpstream(conversation, MIRROR, "On TAOBAO the seller "
                + "offers half.", BEFORE_DEADLINE);

        MessagePosted posted = (MessagePosted) outcome.event();
        assertEquals("SELLER", posted.authorRole());
        assertEquals(Negotiations.SELLER, posted.authorId());
        assertEquals(MIRROR, outcome.messages().get(0).relayedBy);
        assertEquals(ConversationStatus.SELLER_RESPONDED, conversation.status);
        assertEquals(Outcome.SellerDeadline.STOP, outcome.sellerDeadline());
    }

    @Test
    void theMarketplacesClockBringsTheDeadlineForwardNeverBack() {
        Conversation conversation = Negotiations.awaitingSeller();
        java.time.Instant sooner = DEADLINE.minus(Duration.ofHours(10));

        Outcome earlier = ConversationLifecycle.followUpstreamClock(conversation, sooner, BEFORE_DEADLINE);
        Outcome later = ConversationLifecycle.followUpstreamClock(conversation, DEADLINE, BEFORE_DEADLINE);

        assertEquals(Outcome.SellerDeadline.MOVE, earlier.sellerDeadline());
        assertEquals(sooner, conversation.sellerDeadline);
        assertEquals(Outcome.SellerDeadline.UNCHANGED, later.sellerDeadline());
    }

    @Test
    void aClockThatAlreadyRanOutEscalatesNow() {
        Conversation conversation = Negotiations.awaitingSeller();

        ConversationLifecycle.followUpstreamClock(conversation, BEFORE_DEADLINE.minusSeconds(60), BEFORE_DEADLINE);

        assertEquals(BEFORE_DEADLINE, conversation.sellerDeadline);
    }

    @Test
    void aRefundThereSettlesTheBuyersRequestAsAsked() {
        Conversation conversation = Negotiations.awaitingSeller();

        Outcome outcome = ConversationLifecycle.upstreamRefunded(conversation, "The seller refunded.",
                Remedy.FULL_REFUND, Claims.PAID, BEFORE_DEADLINE);

        SettlementAgreed settled = (SettlementAgreed) outcome.event();
        assertEquals(Claims.PAID, settled.refundAmount());
        assertEquals(conversation.settlementId, settled.settlementId());
        assertEquals(ConversationStatus.SETTLED, conversation.status);
    }

    @Test
    void aRefundThereAfterADisputeOnlySaysSo() {
        Conversation conversation = Negotiations.inDispute(UUID.randomUUID());

        Outcome outcome = ConversationLifecycle.upstreamRefunded(conversation, "The seller refunded.",
                Remedy.FULL_REFUND, Claims.PAID, BEFORE_DEADLINE);

        assertEquals(List.of(), outcome.events());
        assertEquals(1, outcome.messages().size());
    }

    @Test
    void aRefusalThereIsTheSellersDeclineAndGoesToTheAgents() {
        Conversation conversation = Negotiations.awaitingSeller();

        Outcome outcome = ConversationLifecycle.upstreamRefused(conversation, "the seller refused: works fine",
                "http://proof/1.jpg", BEFORE_DEADLINE);

        List<Class<?>> types = outcome.events().stream().<Class<?>>map(CaseEvent::getClass).toList();
        assertEquals(List.of(SellerDeclined.class, BuyerEscalated.class), types);
        BuyerEscalated escalated = (BuyerEscalated) outcome.events().get(1);
        assertNotNull(escalated.note());
        assertEquals(ConversationStatus.ESCALATED, conversation.status);
        assertEquals(Outcome.SellerDeadline.STOP, outcome.sellerDeadline());
    }
}
