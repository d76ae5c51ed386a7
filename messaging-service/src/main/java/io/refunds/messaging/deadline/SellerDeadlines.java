package io.refunds.messaging.deadline;

import io.refunds.platform.deadline.Deadlines;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The seller's response deadline and its reminder, as rows the platform's scheduler fires once. */
@ApplicationScoped
public class SellerDeadlines {

    /** The deadline itself: past it, the seller is unresponsive. */
    public static final String RESPONSE = "seller-response";
    /** The reminder some time before it. */
    public static final String REMINDER = "seller-reminder";

    private final Deadlines deadlines;
    private final SellerDeadlineConfig config;

    public SellerDeadlines(Deadlines deadlines, SellerDeadlineConfig config) {
        this.deadlines = deadlines;
        this.config = config;
    }

    /** When a seller asked at {@code openedAt} must have answered. */
    public Instant dueFrom(Instant openedAt) {
        return DeadlineClock.due(openedAt, config.responseTime(), config.businessDaysOnly(), config.zone());
    }

    /** Schedules the deadline of a conversation, and the reminder when it falls after the opening. */
    public Uni<Void> schedule(UUID conversationId, Instant openedAt, Instant due) {
        String subject = conversationId.toString();
        Instant remindAt = due.minus(config.reminderBefore());
        Uni<Void> reminder = config.reminderBefore().isZero() || !remindAt.isAfter(openedAt)
                ? Uni.createFrom().voidItem()
                : deadlines.schedule(REMINDER, subject, remindAt);
        return deadlines.schedule(RESPONSE, subject, due).chain(() -> reminder);
    }

    /**
     * Moves the pending deadline and its reminder to {@code due} (one already fired stays fired), e.g. to escalate
     * before the marketplace's own clock would decide.
     */
    public Uni<Void> move(UUID conversationId, Instant openedAt, Instant due) {
        String subject = conversationId.toString();
        Instant remindAt = due.minus(config.reminderBefore());
        Uni<Void> reminder = config.reminderBefore().isZero() || !remindAt.isAfter(openedAt)
                ? deadlines.cancel(REMINDER, subject).replaceWithVoid()
                : deadlines.reschedule(REMINDER, subject, remindAt);
        return deadlines.reschedule(RESPONSE, subject, due).chain(() -> reminder);
    }

    /** The seller answered, or the case ended: neither the deadline nor the reminder fires. */
    public Uni<Void> cancel(UUID conversationId) {
        String subject = conversationId.toString();
        return deadlines.cancel(RESPONSE, subject)
                .chain(() -> deadlines.cancel(REMINDER, subject))
                .replaceWithVoid();
    }
}
