package io.refunds.messaging.deadline;

import io.refunds.events.SellerReminder;
import io.refunds.messaging.conversation.ConversationRepository;
import io.refunds.messaging.conversation.ConversationStatus;
import io.refunds.platform.deadline.DeadlineHandler;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Before the deadline: a seller who has not answered yet is reminded (SellerReminder, for notifications). */
@ApplicationScoped
public class SellerReminderDeadline implements DeadlineHandler {

    public static final String KIND = "seller-reminder";

    private final ConversationRepository conversations;
    private final Outbox outbox;

    public SellerReminderDeadline(ConversationRepository conversations, Outbox outbox) {
        this.conversations = conversations;
        this.outbox = outbox;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> fire(String conversationId) {
        return conversations.lock(UUID.fromString(conversationId)).chain(conversation -> {
            if (conversation == null || conversation.status != ConversationStatus.AWAITING_SELLER) {
                return Uni.createFrom().voidItem();
            }
            return outbox.publish(new SellerReminder(conversation.caseId, conversation.id, conversation.sellerId,
                    conversation.sellerDeadline, Instant.now())).replaceWithVoid();
        });
    }
}
