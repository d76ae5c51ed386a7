package io.refunds.messaging.conversation;

import io.refunds.messaging.negotiation.Conversation;
import io.refunds.messaging.negotiation.ConversationStatus;
import java.util.UUID;

/** The answer to a decline or an escalation: where the conversation stands now. */
public record NegotiationStatusView(UUID conversationId, ConversationStatus status) {

    static NegotiationStatusView of(Conversation conversation) {
        return new NegotiationStatusView(conversation.id, conversation.status);
    }
}
