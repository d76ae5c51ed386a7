package io.refunds.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.refunds.events.CaseEvent;
import io.refunds.events.EventSchemas;
import io.refunds.platform.tracing.Spans;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies an incoming event at most once per handler: the event id and the event's business key (the decision,
 * refund or settlement it is about) are recorded in the same transaction as the effect, and a duplicate of either —
 * a redelivery, or the same fact re-published under a new event id — is acknowledged and skipped. Poison records
 * fail at once (to the DLQ); other failures are retried in place a few times within about a second (a service reads
 * all its topics through one channel, so a record may hold up the others only briefly), then the record goes to the
 * DLQ too — unless the database itself does not answer: then nothing could be applied, and the record waits for it.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = "insert into inbox (event_id, handler, business_key) "
            + "values (:eventId, :handler, :businessKey) on conflict do nothing";

    private final ObjectMapper json;
    private final InboxConfig config;
    private final Spans spans;
    private final DeadLetterCount deadLetters;
    private final EventSchemas schemas = new EventSchemas();

    private final DatabaseProbe database;

    public Inbox(ObjectMapper json, InboxConfig config, Spans spans, DeadLetterCount deadLetters,
            DatabaseProbe database) {
        this.json = json;
        this.config = config;
        this.spans = spans;
        this.deadLetters = deadLetters;
        this.database = database;
    }

    /**
     * Opens the record, then applies {@code effect} once in one transaction with the inbox row, inside a span
     * that continues the record's trace (events the effect publishes carry it on).
     */
    public <E extends CaseEvent> Uni<Void> applyOnce(ConsumerRecord<String, String> record, Class<E> type,
            String handler, Function<EventEnvelope<E>, Uni<Void>> effect) {
        return spans.consuming(record, handler, () -> open(record, type)
                        .chain(envelope -> applyWithRetries(envelope, handler, effect)))
                .onFailure().invoke(failure -> deadLetters.count(record.topic(), handler, failure));
    }

    /**
     * For an effect that is idempotent by itself (an insert keyed by the event id, say): the same checks, span,
     * retries and dead-lettering as {@link #applyOnce}, without an inbox row or an ORM session; the effect runs its
     * own statements.
     */
    public <E extends CaseEvent> Uni<Void> applyIdempotent(ConsumerRecord<String, String> record, Class<E> type,
            String handler, Function<EventEnvelope<E>, Uni<Void>> effect) {
        return spans.consuming(record, handler, () -> open(record, type)
                        .chain(envelope -> retried(Uni.createFrom().deferred(() -> effect.apply(envelope)))))
                .onFailure().invoke(failure -> deadLetters.count(record.topic(), handler, failure));
    }

    private Uni<Void> retried(Uni<Void> attempt) {
        return attempt.onFailure(Inbox::retryable)
                .retry().withBackOff(config.initialBackoff(), config.maxBackoff())
                .atMost(config.maxAttempts() - 1L)
                .onFailure(Inbox::retryable).recoverWithUni(failure -> database.answers().chain(up -> up
                        ? Uni.createFrom().failure(failure)
                        : database.untilItAnswers().chain(() -> retried(attempt))));
    }

    private static boolean retryable(Throwable failure) {
        return !(failure instanceof PoisonMessageException);
    }

    private <E extends CaseEvent> Uni<EventEnvelope<E>> open(ConsumerRecord<String, String> record, Class<E> type) {
        return Uni.createFrom().item(() -> EventEnvelope.open(record, type, json, schemas));
    }

    private <E extends CaseEvent> Uni<Void> applyWithRetries(EventEnvelope<E> envelope, String handler,
            Function<EventEnvelope<E>, Uni<Void>> effect) {
        return retried(Panache.withTransaction(() -> recordApplied(envelope, handler)
                .chain(fresh -> fresh ? effect.apply(envelope) : skipDuplicate(envelope, handler))));
    }

    private Uni<Boolean> recordApplied(EventEnvelope<?> envelope, String handler) {
        return Panache.getSession().chain(session -> session.createNativeQuery(RECORD)
                .setParameter("eventId", envelope.eventId())
                .setParameter("handler", handler)
                .setParameter("businessKey", envelope.payload().businessKey())
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }

    private static Uni<Void> skipDuplicate(EventEnvelope<?> envelope, String handler) {
        Log.debugf("%s skips duplicate %s %s (%s)", handler, envelope.type().ceType(), envelope.eventId(),
                envelope.payload().businessKey());
        return Uni.createFrom().voidItem();
    }
}
