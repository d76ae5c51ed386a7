package io.refunds.messaging.conversation;

import io.refunds.events.DisputeOpened;
import io.refunds.events.NegotiationClosed;
import io.refunds.messaging.deadline.SellerDeadlines;
import io.refunds.messaging.offer.OfferRepository;
import io.refunds.messaging.offer.OfferStatus;
import io.refunds.platform.inbox.Inbox;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * DisputeOpened closes the case's negotiation: the open offer is withdrawn, the seller's deadline stops, and from
 * then on offers and answers are refused. NegotiationClosed answers every dispute: no settlement can follow, so its
 * agents may decide; or the buyer had already settled (it names the settlement), so the dispute closes as settled.
 * The conversation's row lock orders this against an acceptance, so exactly one of the two wins.
 */
@ApplicationScoped
public class DisputeNegotiationCloser {

    static final String CHANNEL = "dispute-opened";

    private final Inbox inbox;
    private final ConversationRepository conversations;
    private final OfferRepository offers;
    private final SellerDeadlines deadlines;
    private final Outbox outbox;

    public DisputeNegotiationCloser(Inbox inbox, ConversationRepository conversations, OfferRepository offers,
            SellerDeadlines deadlines, Outbox outbox) {
        this.inbox = inbox;
        this.conversations = conversations;
        this.offers = offers;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    @Incoming(CHANNEL)
    public Uni<Void> disputeOpened(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, DisputeOpened.class, "close-negotiation", event -> close(event.payload()));
    }

    private Uni<Void> close(DisputeOpened dispute) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return conversations.lockOfCase(dispute.caseId())
                .chain(conversation -> {
                    if (conversation == null) {
                        return answer(new NegotiationClosed(dispute.caseId(), null, dispute.disputeId(), null, null,
                                now));
                    }
                    if (!conversation.closeForDispute(dispute.disputeId())) {
                        return answer(new NegotiationClosed(conversation.caseId, conversation.id,
                                dispute.disputeId(), null, conversation.settlementId, now));
                    }
                    return closeNegotiation(conversation, dispute, now);
                });
    }

    private Uni<Void> answer(NegotiationClosed answer) {
        return outbox.publish(answer).replaceWithVoid();
    }

    private Uni<Void> closeNegotiation(Conversation conversation, DisputeOpened dispute, Instant now) {
        return offers.open(conversation.id)
                .map(open -> {
                    if (open == null) {
                        return (UUID) null;
                    }
                    open.status = OfferStatus.WITHDRAWN;
                    open.answeredAt = now;
                    open.answerReason = "dispute " + dispute.disputeId() + " opened";
                    return open.id;
                })
                .call(() -> deadlines.cancel(conversation))
                .call(() -> conversations.add(Message.of(conversation.id, "system", AuthorRole.SYSTEM,
                        "A dispute is open: a support agent decides the case. Offers and answers are closed.", now)))
                .chain(withdrawn -> answer(new NegotiationClosed(conversation.caseId, conversation.id,
                        dispute.disputeId(), withdrawn, null, now)));
    }
}
