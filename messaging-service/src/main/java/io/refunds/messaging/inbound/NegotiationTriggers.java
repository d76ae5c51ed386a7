package io.refunds.messaging.inbound;

import io.refunds.events.CaseWithdrawn;
import io.refunds.events.DisputeOpened;
import io.refunds.events.IssueReported;
import io.refunds.messaging.deadline.SellerDeadlines;
import io.refunds.messaging.negotiation.Conversation;
import io.refunds.messaging.negotiation.ConversationLifecycle;
import io.refunds.messaging.negotiation.ConversationRepository;
import io.refunds.messaging.negotiation.NegotiationRecorder;
import io.refunds.messaging.negotiation.Offer;
import io.refunds.messaging.negotiation.OfferRepository;
import io.refunds.messaging.upstream.UpstreamOpening;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * What other services and the seller's clock make happen to a negotiation, each inside the transaction of the inbox
 * row or of the fired deadline: lock the case's conversation in one statement (reading it first and locking it after
 * would keep a state read before the lock, and overwrite a concurrent acceptance), apply
 * {@link ConversationLifecycle}, record the outcome.
 */
@ApplicationScoped
public class NegotiationTriggers {

    private final ConversationRepository conversations;
    private final OfferRepository offers;
    private final SellerDeadlines deadlines;
    private final NegotiationRecorder recorder;
    private final UpstreamOpening upstream;

    public NegotiationTriggers(ConversationRepository conversations, OfferRepository offers,
            SellerDeadlines deadlines, NegotiationRecorder recorder, UpstreamOpening upstream) {
        this.conversations = conversations;
        this.offers = offers;
        this.deadlines = deadlines;
        this.recorder = recorder;
        this.upstream = upstream;
    }

    /**
     * IssueReported opens the case's conversation (once) and starts the seller's deadline; for an item bought on a
     * marketplace it also opens the refund to file there, in the same transaction.
     */
    public Uni<Void> open(IssueReported claim) {
        Instant now = NegotiationRecorder.now();
        return conversations.lockOfCase(claim.caseId())
                .map(existing -> ConversationLifecycle.open(existing, claim, now, deadlines.dueFrom(now)))
                .chain(recorder::record)
                .chain(() -> upstream.open(claim));
    }

    /** CaseWithdrawn closes the conversation, stops the seller's deadline and cancels the marketplace's refund. */
    public Uni<Void> withdraw(CaseWithdrawn withdrawal) {
        return conversations.lockOfCase(withdrawal.caseId())
                .map(conversation -> ConversationLifecycle.withdraw(conversation, NegotiationRecorder.now()))
                .chain(recorder::record)
                .chain(() -> upstream.withdrawn(withdrawal.caseId()));
    }

    /**
     * DisputeOpened closes the negotiation and is answered with NegotiationClosed. The conversation's row lock orders
     * this against an acceptance, so exactly one of the two wins.
     */
    public Uni<Void> disputeOpened(DisputeOpened dispute) {
        return conversations.lockOfCase(dispute.caseId())
                .chain(conversation -> openOffer(conversation)
                        .map(open -> ConversationLifecycle.disputeOpened(conversation, open, dispute,
                                NegotiationRecorder.now())))
                .chain(recorder::record)
                .replaceWithVoid();
    }

    /** The reminder fell due: SellerReminder while the seller still owes an answer. */
    public Uni<Void> remindSeller(UUID conversationId) {
        return conversations.lock(conversationId)
                .map(conversation -> ConversationLifecycle.remindSeller(conversation, NegotiationRecorder.now()))
                .chain(recorder::record)
                .replaceWithVoid();
    }

    /** The deadline fell due: SellerUnresponsive while the seller still owes an answer. */
    public Uni<Void> sellerDeadlinePassed(UUID conversationId) {
        return conversations.lock(conversationId)
                .map(conversation -> ConversationLifecycle.sellerDeadlinePassed(conversation,
                        NegotiationRecorder.now()))
                .chain(recorder::record)
                .replaceWithVoid();
    }

    private Uni<Offer> openOffer(Conversation conversation) {
        return conversation == null ? Uni.createFrom().nullItem() : offers.open(conversation.id);
    }
}
