package io.refunds.messaging.deadline;

import io.refunds.events.CaseEvent;
import io.refunds.messaging.conversation.Conversation;
import io.refunds.messaging.conversation.ConversationRepository;
import io.refunds.messaging.conversation.ConversationStatus;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/** What both seller-deadline handlers do: lock the conversation and, if the seller still owes an answer, act. */
@ApplicationScoped
public class AwaitingSeller {

    private final ConversationRepository conversations;
    private final Outbox outbox;

    public AwaitingSeller(ConversationRepository conversations, Outbox outbox) {
        this.conversations = conversations;
        this.outbox = outbox;
    }

    /** Publishes the event {@code announce} makes, only while the conversation awaits the seller. */
    public Uni<Void> ifStillAwaiting(String conversationId, Function<Conversation, CaseEvent> announce) {
        return conversations.lock(UUID.fromString(conversationId)).chain(conversation -> {
            if (conversation == null || conversation.status != ConversationStatus.AWAITING_SELLER) {
                return Uni.createFrom().voidItem();
            }
            return outbox.publish(announce.apply(conversation)).replaceWithVoid();
        });
    }
}
