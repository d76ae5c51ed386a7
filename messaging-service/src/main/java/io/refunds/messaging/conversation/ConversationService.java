package io.refunds.messaging.conversation;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.events.MessagePosted;
import io.refunds.messaging.deadline.SellerDeadlines;
import io.refunds.messaging.offer.OfferRepository;
import io.refunds.messaging.offer.OfferView;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.outbox.Outbox;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Shows conversations to their participants and agents, and records their messages (MessagePosted). */
@ApplicationScoped
public class ConversationService {

    private final ConversationRepository conversations;
    private final ConversationAccess access;
    private final OfferRepository offers;
    private final SellerDeadlines deadlines;
    private final Outbox outbox;

    public ConversationService(ConversationRepository conversations, ConversationAccess access,
            OfferRepository offers, SellerDeadlines deadlines, Outbox outbox) {
        this.conversations = conversations;
        this.access = access;
        this.offers = offers;
        this.deadlines = deadlines;
        this.outbox = outbox;
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
        return access.lockForAnyone(conversationId, caller).chain(conversation -> {
            if (conversation.status == ConversationStatus.CLOSED) {
                return Uni.createFrom().failure(ApiException.conflict("the case was withdrawn"));
            }
            AuthorRole role = roleOf(conversation, caller);
            Message message = Message.of(conversationId, caller.id(), role, request.body(),
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
            message.evidenceIds = request.evidence().stream().map(UUID::toString).collect(Collectors.joining(","));
            boolean firstAnswer = role == AuthorRole.SELLER && conversation.sellerAnswers();
            return conversations.add(message)
                    .chain(() -> firstAnswer ? deadlines.cancel(conversation) : Uni.createFrom().voidItem())
                    .chain(() -> outbox.publish(new MessagePosted(conversation.caseId, conversation.id, message.id,
                            message.authorId, role.name(), message.body, message.evidence(), message.sentAt)))
                    .map(eventId -> ConversationView.MessageView.of(message));
        });
    }

    private Uni<ConversationView> view(Conversation conversation) {
        return conversations.messages(conversation.id).chain(messages -> offers.of(conversation.id)
                .map(made -> ConversationView.of(conversation, messages,
                        made.stream().map(offer -> OfferView.of(offer, conversation.paidCurrency)).toList())));
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
