package io.refunds.messaging.deadline;

import io.refunds.events.SellerReminder;
import io.refunds.platform.deadline.DeadlineHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Before the deadline: a seller who has not answered yet is reminded (SellerReminder, for notifications). */
@ApplicationScoped
public class SellerReminderDeadline implements DeadlineHandler {

    public static final String KIND = "seller-reminder";

    private final AwaitingSeller awaitingSeller;

    public SellerReminderDeadline(AwaitingSeller awaitingSeller) {
        this.awaitingSeller = awaitingSeller;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> fire(String conversationId) {
        return awaitingSeller.ifStillAwaiting(conversationId, conversation -> new SellerReminder(conversation.caseId,
                conversation.id, conversation.sellerId, conversation.sellerDeadline, Instant.now()));
    }
}
