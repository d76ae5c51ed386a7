package io.refunds.messaging.inbound;

import io.refunds.messaging.deadline.SellerDeadlines;
import io.refunds.platform.deadline.DeadlineHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Before the deadline: a seller who has not answered yet is reminded (SellerReminder, for notifications). */
@ApplicationScoped
public class SellerReminderDeadline implements DeadlineHandler {

    private final NegotiationTriggers triggers;

    public SellerReminderDeadline(NegotiationTriggers triggers) {
        this.triggers = triggers;
    }

    @Override
    public String kind() {
        return SellerDeadlines.REMINDER;
    }

    @Override
    public Uni<Void> fire(String conversationId) {
        return triggers.remindSeller(UUID.fromString(conversationId));
    }
}
