package io.refunds.messaging.conversation;

import io.refunds.events.CaseWithdrawn;
import io.refunds.messaging.deadline.SellerDeadlines;
import io.refunds.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A withdrawn case closes its conversation and stops the seller's deadline, so no dispute opens for it. */
@ApplicationScoped
public class CaseWithdrawalHandler {

    private final Inbox inbox;
    private final ConversationRepository conversations;
    private final SellerDeadlines deadlines;

    public CaseWithdrawalHandler(Inbox inbox, ConversationRepository conversations,
            SellerDeadlines deadlines) {
        this.inbox = inbox;
        this.conversations = conversations;
        this.deadlines = deadlines;
    }

    @Incoming("case-withdrawn")
    public Uni<Void> caseWithdrawn(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, CaseWithdrawn.class, "close-conversation", event -> close(event.payload()));
    }

    private Uni<Void> close(CaseWithdrawn withdrawal) {
        return conversations.lockOfCase(withdrawal.caseId())
                .chain(conversation -> {
                    if (conversation == null || conversation.status == ConversationStatus.CLOSED) {
                        return Uni.createFrom().voidItem();
                    }
                    conversation.status = ConversationStatus.CLOSED;
                    return conversations.add(Message.of(conversation.id, "system", AuthorRole.SYSTEM,
                                    "The buyer withdrew the case.", Instant.now()))
                            .chain(() -> deadlines.cancel(conversation));
                });
    }
}
