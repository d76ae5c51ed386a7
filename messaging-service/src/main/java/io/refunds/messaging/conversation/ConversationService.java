package io.refunds.messaging.conversation;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.messaging.negotiation.AuthorRole;
import io.refunds.messaging.negotiation.Conversation;
import io.refunds.messaging.negotiation.ConversationAccess;
import io.refunds.messaging.negotiation.ConversationLifecycle;
import io.refunds.messaging.negotiation.ConversationRepository;
import io.refunds.messaging.negotiation.NegotiationRecorder;
import io.refunds.messaging.negotiation.OfferRepository;
import io.refunds.messaging.offer.OfferView;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Shows conversations to their participants and agents, and records their messages (MessagePosted). */
@ApplicationScoped
public class ConversationService {

    private final ConversationRepository conversations;
    private final ConversationAccess access;
    private final OfferRepository offers;
    private final NegotiationRecorder recorder;

    public ConversationService(ConversationRepository conversations, ConversationAccess access,
            OfferRepository offers, NegotiationRecorder recorder) {
        this.conversations = conversations;
        this.access = access;
        this.offers = offers;
        this.recorder = recorder;
    }

    @WithSession
    public Uni<ConversationView> find(UUID conversationId, Caller caller) {
        return conversations.findById(conversationId).chain(conversation -> visible(conversation, caller)
                ? view(conversation)
                : Uni.createFrom().failure(ApiException.notFound("conversation " + conversationId)));
    }

    @WithSession
    public Uni<List<ConversationView>> list(UUID caseId, Caller caller) {
        if (caseId == null) {
            return conversations.ofParticipant(caller.id()).map(found -> found.stream()
                    .map(conversation -> ConversationView.of(conversation, List.of(), List.of())).toList());
        }
        return conversations.ofCase(caseId).chain(conversation -> visible(conversation, caller)
                ? view(conversation).map(List::of)
                : Uni.createFrom().item(List.of()));
    }

    @WithTransaction
    public Uni<ConversationView.MessageView> post(UUID conversationId, PostMessageRequest request, Caller caller) {
        return access.lockForAnyone(conversationId, caller)
                .map(conversation -> {
                    AuthorRole role = ConversationLifecycle.roleOf(conversation, caller.id(), caller.isStaff(),
                            caller.is(Roles.SELLER));
                    return ConversationLifecycle.post(conversation, caller.id(), role, request.body(),
                            request.evidence(), NegotiationRecorder.now());
                })
                .chain(recorder::record)
                .map(outcome -> ConversationView.MessageView.of(outcome.messages().get(0)));
    }

    private Uni<ConversationView> view(Conversation conversation) {
        return conversations.messages(conversation.id).chain(messages -> offers.of(conversation.id)
                .map(made -> ConversationView.of(conversation, messages, made.stream()
                        .map(offer -> OfferView.of(offer, conversation.paid().currency())).toList())));
    }

    private static boolean visible(Conversation conversation, Caller caller) {
        return conversation != null && (caller.isStaff() || conversation.hasParticipant(caller.id()));
    }
}
