package io.refunds.messaging.negotiation;

import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Locks a conversation for a change by one of its parties. Strangers get 404 (nothing leaks); a participant
 * or agent acting in the other party's place gets 403.
 */
@ApplicationScoped
public class ConversationAccess {

    private final ConversationRepository conversations;

    public ConversationAccess(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    public Uni<Conversation> lockForAnyone(UUID conversationId, Caller caller) {
        return conversations.lock(conversationId).map(conversation -> {
            if (conversation == null || !(caller.isStaff() || conversation.hasParticipant(caller.id()))) {
                throw ApiException.notFound("conversation " + conversationId);
            }
            return conversation;
        });
    }

    public Uni<Conversation> lockForSeller(UUID conversationId, Caller caller) {
        return lockForAnyone(conversationId, caller).invoke(conversation -> {
            if (!caller.is(Roles.SELLER) || !conversation.sellerId().equals(caller.id())) {
                throw ApiException.forbidden("only the seller of the item may do this");
            }
        });
    }

    public Uni<Conversation> lockForBuyer(UUID conversationId, Caller caller) {
        return lockForAnyone(conversationId, caller).invoke(conversation -> {
            if (!caller.is(Roles.BUYER) || !conversation.buyerId().equals(caller.id())) {
                throw ApiException.forbidden("only the buyer of the case may do this");
            }
        });
    }
}
