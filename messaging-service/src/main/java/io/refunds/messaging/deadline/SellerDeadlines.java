package io.refunds.messaging.deadline;

import io.refunds.messaging.conversation.Conversation;
import io.refunds.platform.deadline.Deadlines;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The seller's response deadline and its reminder, as rows the platform's scheduler fires once. */
@ApplicationScoped
public class SellerDeadlines {

    private final Deadlines deadlines;
    private final SellerDeadlineConfig config;

    public SellerDeadlines(Deadlines deadlines, SellerDeadlineConfig config) {
        this.deadlines = deadlines;
        this.config = config;
    }

    public Instant dueFrom(Instant openedAt) {
        return DeadlineClock.due(openedAt, config.responseTime(), config.businessDaysOnly(), config.zone());
    }

    /** Schedules the deadline, and the reminder when it falls after the opening. */
    public Uni<Void> schedule(Conversation conversation) {
        String subject = conversation.id.toString();
        Instant remindAt = conversation.sellerDeadline.minus(config.reminderBefore());
        Uni<Void> reminder = config.reminderBefore().isZero() || !remindAt.isAfter(conversation.openedAt)
                ? Uni.createFrom().voidItem()
                : deadlines.schedule(SellerReminderDeadline.KIND, subject, remindAt);
        return deadlines.schedule(SellerResponseDeadline.KIND, subject, conversation.sellerDeadline).chain(() -> reminder);
    }

    /** The seller answered, or the case ended: neither the deadline nor the reminder fires. */
    public Uni<Void> cancel(Conversation conversation) {
        String subject = conversation.id.toString();
        return deadlines.cancel(SellerResponseDeadline.KIND, subject)
                .chain(() -> deadlines.cancel(SellerReminderDeadline.KIND, subject))
                .replaceWithVoid();
    }
}
