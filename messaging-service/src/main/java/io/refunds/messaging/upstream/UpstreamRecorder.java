package io.refunds.messaging.upstream;

import io.refunds.messaging.negotiation.Conversation;
import io.refunds.messaging.negotiation.ConversationLifecycle;
import io.refunds.messaging.negotiation.ConversationRepository;
import io.refunds.messaging.negotiation.NegotiationRecorder;
import io.refunds.messaging.negotiation.Outcome;
import io.refunds.platform.deadline.Deadlines;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Records what an {@link UpstreamRefundLifecycle} step decided, inside the caller's transaction: the refund's
 * changes, its events to the outbox, the next call to the marketplace as a deadline, and what the conversation hears
 * of the seller (through {@link ConversationLifecycle} and the {@link NegotiationRecorder}).
 */
@ApplicationScoped
public class UpstreamRecorder {

    /** Deadline kind of a filing (again); the subject is {@code <upstream refund id>:<attempt>}. */
    public static final String FILE = "upstream-file";
    /** Deadline kind of cancelling on the marketplace after the buyer withdrew; subject {@code <id>:<attempt>}. */
    public static final String CANCEL = "upstream-cancel";
    /** Deadline kind of asking the marketplace where a refund stands; subject {@code <id>:<random>}. */
    public static final String POLL = "upstream-poll";

    private final UpstreamRefundRepository refunds;
    private final ConversationRepository conversations;
    private final NegotiationRecorder negotiations;
    private final Deadlines deadlines;
    private final Outbox outbox;

    public UpstreamRecorder(UpstreamRefundRepository refunds, ConversationRepository conversations,
            NegotiationRecorder negotiations, Deadlines deadlines, Outbox outbox) {
        this.refunds = refunds;
        this.conversations = conversations;
        this.negotiations = negotiations;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    /** A new upstream refund, filed as soon as the transaction commits. */
    public Uni<Void> opened(UpstreamRefund refund) {
        return refunds.persist(refund)
                .chain(() -> deadlines.schedule(FILE, refund.id + ":1", refund.openedAt))
                .replaceWithVoid();
    }

    /** The buyer withdrew: the refund is cancelled on the marketplace as soon as the transaction commits. */
    public Uni<Void> cancelling(UpstreamRefund refund) {
        return deadlines.schedule(CANCEL, refund.id + ":c" + refund.attempts, refund.updatedAt);
    }

    /** Asks the marketplace where the refund stands as soon as the transaction commits (a push arrived). */
    public Uni<Void> pollNow(UUID refundId, Instant now) {
        return deadlines.schedule(POLL, refundId + ":" + UUID.randomUUID(), now);
    }

    public Uni<Void> record(UpstreamChange change) {
        UpstreamRefund refund = change.refund();
        Uni<Void> recorded = Uni.createFrom().voidItem();
        for (var event : change.events()) {
            recorded = recorded.chain(() -> outbox.publish(event).replaceWithVoid());
        }
        if (change.callAgainAt() != null) {
            recorded = recorded.chain(() -> deadlines.schedule(refund.cancelRequested ? CANCEL : FILE,
                    refund.id + ":" + (refund.attempts + 1), change.callAgainAt()));
        }
        if (change.pollAt() != null) {
            recorded = recorded.chain(() -> deadlines.schedule(POLL, refund.id + ":" + UUID.randomUUID(),
                    change.pollAt()));
        }
        if (change.news() instanceof UpstreamChange.Quiet) {
            return recorded;
        }
        return recorded.chain(() -> conversations.lockOfCase(refund.caseId))
                .map(conversation -> tell(conversation, refund, change.news()))
                .chain(negotiations::record)
                .replaceWithVoid();
    }

    private static Outcome tell(Conversation conversation, UpstreamRefund refund, UpstreamChange.SellerNews news) {
        Instant now = refund.updatedAt;
        if (news instanceof UpstreamChange.Answered answered) {
            return ConversationLifecycle.sellerAnsweredUpstream(conversation, "marketplace:" + refund.marketplace,
                    answered.words(), now);
        }
        if (news instanceof UpstreamChange.ClockRuns clock) {
            return ConversationLifecycle.followUpstreamClock(conversation, clock.escalateAt(), now);
        }
        if (news instanceof UpstreamChange.Refunded refunded) {
            return ConversationLifecycle.upstreamRefunded(conversation, refunded.words(), refund.requestedRemedy,
                    refund.requested(), now);
        }
        UpstreamChange.Refused refused = (UpstreamChange.Refused) news;
        return ConversationLifecycle.upstreamRefused(conversation, refused.reason(), refused.proofUrl(), now);
    }
}
