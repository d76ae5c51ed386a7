package io.refunds.messaging.deadline;

import io.refunds.events.SellerUnresponsive;
import io.refunds.messaging.conversation.ConversationRepository;
import io.refunds.messaging.conversation.ConversationStatus;
import io.refunds.platform.deadline.DeadlineHandler;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** When the seller's deadline passes unanswered: the conversation is marked and SellerUnresponsive emitted. */
@ApplicationScoped
public class SellerResponseDeadline implements DeadlineHandler {

    public static final String KIND = "seller-response";

    private final ConversationRepository conversations;
    private final Outbox outbox;

    public SellerResponseDeadline(ConversationRepository conversations, Outbox outbox) {
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
            conversation.status = ConversationStatus.SELLER_UNRESPONSIVE;
            return outbox.publish(new SellerUnresponsive(conversation.caseId, conversation.id, conversation.orderId,
                    conversation.itemId, conversation.buyerId, conversation.sellerId, conversation.reason,
                    conversation.paid(), conversation.sellerDeadline, Instant.now())).replaceWithVoid();
        });
    }
}
