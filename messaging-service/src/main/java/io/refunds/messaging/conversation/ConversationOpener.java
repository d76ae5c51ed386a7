package io.refunds.messaging.conversation;

import io.refunds.events.ConversationOpened;
import io.refunds.events.IssueReported;
import io.refunds.platform.payment.StoredPaymentTerms;
import io.refunds.messaging.deadline.SellerDeadlines;
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
 * IssueReported opens the case's conversation with a summary of the claim, starts the seller's deadline and
 * announces it (ConversationOpened).
 */
@ApplicationScoped
public class ConversationOpener {

    static final String CHANNEL = "issue-reported";

    private final Inbox inbox;
    private final ConversationRepository conversations;
    private final SellerDeadlines deadlines;
    private final Outbox outbox;

    public ConversationOpener(Inbox inbox, ConversationRepository conversations, SellerDeadlines deadlines,
            Outbox outbox) {
        this.inbox = inbox;
        this.conversations = conversations;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    @Incoming(CHANNEL)
    public Uni<Void> issueReported(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, IssueReported.class, "open-conversation", event -> open(event.payload()));
    }

    private Uni<Void> open(IssueReported claim) {
        return conversations.ofCase(claim.caseId()).chain(existing -> existing != null
                ? Uni.createFrom().voidItem()
                : create(claim));
    }

    private Uni<Void> create(IssueReported claim) {
        // Microseconds, as PostgreSQL keeps them: the event and the row show the same deadline.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID();
        conversation.caseId = claim.caseId();
        conversation.orderId = claim.orderId();
        conversation.itemId = claim.itemId();
        conversation.buyerId = claim.buyerId();
        conversation.sellerId = claim.sellerId();
        conversation.reason = claim.reason();
        conversation.paidMinor = claim.amountPaid().minorUnits();
        conversation.paidCurrency = claim.amountPaid().currency();
        conversation.paymentTerms = StoredPaymentTerms.of(claim.paymentTerms());
        conversation.status = ConversationStatus.AWAITING_SELLER;
        conversation.openedAt = now;
        conversation.sellerDeadline = deadlines.dueFrom(now);
        return conversations.persist(conversation)
                .chain(() -> conversations.add(Message.of(conversation.id, "system", AuthorRole.SYSTEM,
                        ClaimSummary.of(claim, conversation.sellerDeadline), now)))
                .chain(() -> deadlines.schedule(conversation))
                .chain(() -> outbox.publish(new ConversationOpened(conversation.caseId, conversation.id,
                        conversation.buyerId, conversation.sellerId, conversation.sellerDeadline, now)))
                .replaceWithVoid();
    }
}
