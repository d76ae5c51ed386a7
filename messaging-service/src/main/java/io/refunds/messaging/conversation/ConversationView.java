package io.refunds.messaging.conversation;

import io.refunds.events.RefundBreakdown;
import io.refunds.messaging.negotiation.AuthorRole;
import io.refunds.messaging.negotiation.Conversation;
import io.refunds.messaging.negotiation.ConversationStatus;
import io.refunds.messaging.negotiation.Message;
import io.refunds.messaging.offer.OfferView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as its participants and agents see it, with the quote the buyer confirmed (the item's cost lines,
 * what each refunds and who bears it; null before quotes), from which offers are made.
 */
public record ConversationView(UUID conversationId, UUID caseId, String orderId, String itemId, String buyerId,
        String sellerId, ConversationStatus status, Instant sellerDeadline, Instant openedAt,
        List<MessageView> messages, List<OfferView> offers, RefundBreakdown quote) {

    /**
     * One message; {@code relayedBy} names who put it in its author's voice when the author did not type it here
     * (the marketplace mirror for a seller on Taobao), absent otherwise.
     */
    public record MessageView(UUID messageId, String authorId, AuthorRole authorRole, String body,
            List<String> evidenceIds, Instant sentAt, String relayedBy) {

        static MessageView of(Message message) {
            return new MessageView(message.id, message.authorId, message.authorRole, message.body, message.evidence(),
                    message.sentAt, message.relayedBy);
        }
    }

    static ConversationView of(Conversation conversation, List<Message> messages, List<OfferView> offers) {
        return new ConversationView(conversation.id, conversation.caseId, conversation.parties.orderId(),
                conversation.parties.itemId(), conversation.buyerId(), conversation.sellerId(), conversation.status,
                conversation.sellerDeadline, conversation.openedAt, messages.stream().map(MessageView::of).toList(),
                offers, conversation.quote());
    }
}
