package io.refunds.messaging.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation as its participants and agents see it. */
public record ConversationView(UUID conversationId, UUID caseId, String orderId, String itemId, String buyerId,
        String sellerId, ConversationStatus status, Instant sellerDeadline, Instant openedAt,
        List<MessageView> messages) {

    /** One message. */
    public record MessageView(UUID messageId, String authorId, AuthorRole authorRole, String body, Instant sentAt) {

        static MessageView of(Message message) {
            return new MessageView(message.id, message.authorId, message.authorRole, message.body, message.sentAt);
        }
    }

    static ConversationView of(Conversation conversation, List<Message> messages) {
        return new ConversationView(conversation.id, conversation.caseId, conversation.orderId, conversation.itemId,
                conversation.buyerId, conversation.sellerId, conversation.status, conversation.sellerDeadline,
                conversation.openedAt, messages.stream().map(MessageView::of).toList());
    }
}
