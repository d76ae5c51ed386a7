package io.refunds.messaging.negotiation;

import io.refunds.messaging.deadline.SellerDeadlines;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Records what a {@link ConversationLifecycle} step decided, inside the caller's transaction: the conversation it
 * opened, the offer it made and the messages it wrote are persisted (changes to loaded entities are flushed by the
 * session), the seller's deadline is started or stopped, and the events go to the outbox.
 */
@ApplicationScoped
public class NegotiationRecorder {

    private final ConversationRepository conversations;
    private final OfferRepository offers;
    private final SellerDeadlines deadlines;
    private final Outbox outbox;

    public NegotiationRecorder(ConversationRepository conversations, OfferRepository offers,
            SellerDeadlines deadlines, Outbox outbox) {
        this.conversations = conversations;
        this.offers = offers;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    /** The time a step happens at, in microseconds as PostgreSQL keeps them: events and rows show the same instant. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Uni<Outcome> record(Outcome outcome) {
        Conversation conversation = outcome.conversation();
        Uni<Void> recorded = outcome.opened()
                ? conversations.persist(conversation).replaceWithVoid()
                : Uni.createFrom().voidItem();
        if (outcome.madeOffer() != null) {
            recorded = recorded.chain(() -> offers.persist(outcome.madeOffer()).replaceWithVoid());
        }
        for (Message message : outcome.messages()) {
            recorded = recorded.chain(() -> conversations.add(message));
        }
        recorded = switch (outcome.sellerDeadline()) {
            case START -> recorded.chain(() -> deadlines.schedule(conversation.id, conversation.openedAt,
                    conversation.sellerDeadline));
            case STOP -> recorded.chain(() -> deadlines.cancel(conversation.id));
            case MOVE -> recorded.chain(() -> deadlines.move(conversation.id, conversation.openedAt,
                    conversation.sellerDeadline));
            case UNCHANGED -> recorded;
        };
        for (var event : outcome.events()) {
            recorded = recorded.chain(() -> outbox.publish(event).replaceWithVoid());
        }
        return recorded.replaceWith(outcome);
    }
}
