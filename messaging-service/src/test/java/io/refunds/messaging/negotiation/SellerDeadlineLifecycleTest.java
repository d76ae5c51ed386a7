package io.refunds.messaging.negotiation;

import static io.refunds.messaging.negotiation.Negotiations.BEFORE_DEADLINE;
import static io.refunds.messaging.negotiation.Negotiations.DEADLINE;
import static io.refunds.messaging.negotiation.Negotiations.PAST_DEADLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.refunds.events.SellerReminder;
import io.refunds.events.SellerUnresponsive;
import io.refunds.messaging.Claims;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ConversationLifecycle}: the seller's reminder and deadline act only while the seller owes an answer. */
class SellerDeadlineLifecycleTest {

    @Test
    void aSellerStillOwingAnAnswerIsReminded() {
        Conversation conversation = Negotiations.awaitingSeller();

        SellerReminder reminder = (SellerReminder) ConversationLifecycle.remindSeller(conversation, BEFORE_DEADLINE)
                .event();

        assertEquals(DEADLINE, reminder.deadline());
        assertEquals(BEFORE_DEADLINE, reminder.remindedAt());
    }

    @Test
    void aSellerWhoAnsweredIsNotReminded() {
        assertEquals(List.of(), ConversationLifecycle.remindSeller(Negotiations.sellerResponded(), BEFORE_DEADLINE)
                .events());
    }

    @Test
    void aSilentSellerIsReportedUnresponsiveAtTheDeadline() {
        Conversation conversation = Negotiations.awaitingSeller();

        SellerUnresponsive report = (SellerUnresponsive) ConversationLifecycle.sellerDeadlinePassed(conversation,
                PAST_DEADLINE).event();

        assertEquals(ConversationStatus.SELLER_UNRESPONSIVE, conversation.status);
        assertEquals(DEADLINE, report.deadline());
        assertEquals(Negotiations.SELLER, report.sellerId());
        assertEquals(Claims.PAID, report.amountPaid());
    }

    @Test
    void theDeadlineOfASellerWhoAnsweredChangesNothing() {
        Conversation conversation = Negotiations.sellerResponded();

        Outcome outcome = ConversationLifecycle.sellerDeadlinePassed(conversation, PAST_DEADLINE);

        assertEquals(List.of(), outcome.events());
        assertEquals(ConversationStatus.SELLER_RESPONDED, conversation.status);
    }

    @Test
    void theDeadlineOfAWithdrawnCaseChangesNothing() {
        Conversation conversation = Negotiations.withdrawn();

        assertEquals(List.of(), ConversationLifecycle.sellerDeadlinePassed(conversation, PAST_DEADLINE).events());
        assertEquals(ConversationStatus.CLOSED, conversation.status);
    }

    @Test
    void theDeadlineOfAConversationThatIsGoneChangesNothing() {
        assertEquals(List.of(), ConversationLifecycle.sellerDeadlinePassed(null, PAST_DEADLINE).events());
    }

    @Test
    void theReminderOfAConversationThatIsGoneChangesNothing() {
        assertEquals(List.of(), ConversationLifecycle.remindSeller(null, BEFORE_DEADLINE).events());
    }
}
