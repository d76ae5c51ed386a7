package io.refunds.messaging.conversation;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.messaging.deadline.SellerResponseDeadline;
import io.refunds.platform.deadline.Deadlines;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Shows conversations to their participants and agents, and records their messages. */
@ApplicationScoped
public class ConversationService {

    private final ConversationRepository conversations;
    private final Deadlines deadlines;

    public ConversationService(ConversationRepository conversations, Deadlines deadlines) {
        this.conversations = conversations;
        this.deadlines = deadlines;
    }

    @WithSession
    public Uni<ConversationView> find(UUID conversationId, Caller caller) {
        return conversations.findById(conversationId).chain(conversation -> visible(conversation, caller)
                ? conversations.messages(conversationId).map(messages -> ConversationView.of(conversation, messages))
                : Uni.createFrom().failure(ApiException.notFound("conversation " + conversationId)));
    }

    @WithSession
    public Uni<List<ConversationView>> list(UUID caseId, Caller caller) {
        if (caseId == null) {
            return conversations.ofParticipant(caller.id())
                    .map(found -> found.stream().map(conversation -> ConversationView.of(conversation, List.of())).toList());
        }
        return conversations.ofCase(caseId).chain(conversation -> visible(conversation, caller)
                ? conversations.messages(conversation.id).map(messages -> List.of(ConversationView.of(conversation, messages)))
                : Uni.createFrom().item(List.of()));
    }

    @WithTransaction
    public Uni<ConversationView.MessageView> post(UUID conversationId, PostMessageRequest request, Caller caller) {
        return conversations.lock(conversationId).chain(conversation -> {
            if (!visible(conversation, caller)) {
                return Uni.createFrom().failure(ApiException.notFound("conversation " + conversationId));
            }
            AuthorRole role = roleOf(conversation, caller);
            Message message = Message.of(conversationId, caller.id(), role, request.body(), Instant.now());
            return conversations.add(message)
                    .chain(() -> role == AuthorRole.SELLER ? sellerAnswered(conversation) : Uni.createFrom().voidItem())
                    .map(ignored -> ConversationView.MessageView.of(message));
        });
    }

    /** A seller's message meets the deadline. */
    private Uni<Void> sellerAnswered(Conversation conversation) {
        if (conversation.status != ConversationStatus.AWAITING_SELLER) {
            return Uni.createFrom().voidItem();
        }
        conversation.status = ConversationStatus.SELLER_RESPONDED;
        return deadlines.cancel(SellerResponseDeadline.KIND, conversation.id.toString()).replaceWithVoid();
    }

    private static AuthorRole roleOf(Conversation conversation, Caller caller) {
        if (caller.isStaff()) {
            return AuthorRole.AGENT;
        }
        return conversation.sellerId.equals(caller.id()) && caller.is(Roles.SELLER) ? AuthorRole.SELLER : AuthorRole.BUYER;
    }

    private static boolean visible(Conversation conversation, Caller caller) {
        return conversation != null && (caller.isStaff() || conversation.hasParticipant(caller.id()));
    }
}
