package io.refunds.dispute.dashboard;

import io.quarkus.logging.Log;
import io.refunds.platform.consumer.KafkaMessages;
import io.refunds.platform.inbox.EventEnvelope;
import io.refunds.platform.inbox.Inbox;
import io.refunds.platform.inbox.PoisonMessageException;
import io.refunds.platform.outbox.CloudEventHeaders;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps every event of every {@code refunds.*} topic for the support dashboard's stream, read by one channel:
 * each is checked like any consumed event (poison to its own topic's DLQ), then stored once per CloudEvents id and
 * once per business key (the same fact re-published under a new id is not shown or counted twice).
 * Inserts take one advisory lock so stream positions become visible in order and a resumed stream can never skip
 * one. The unique event id makes the insert idempotent by itself, so it needs no inbox row, and it runs on the
 * reactive pool directly: this consumer sees every event of the platform, and the ORM session cost more than the
 * insert.
 */
@ApplicationScoped
public class DashboardEventRecorder {

    static final String HANDLER = "dashboard";
    private static final long ORDER_LOCK = 0xda5_b0a7dL;
    /**
     * One statement, so one round trip and its own transaction: the row's values come from a subquery that takes the
     * transaction's advisory lock first, so the id (the stream position) is drawn under it, and the lock is released
     * when the statement commits.
     */
    private static final String INSERT = "insert into dashboard_event "
            + "(event_id, event_type, ce_type, topic, case_id, payload, occurred_at, business_key) "
            + "select $2::uuid, $3::text, $4::text, $5::text, $6::text, $7::text, $8::timestamptz, $9::text "
            + "from (select pg_advisory_xact_lock($1)) ordered "
            + "on conflict do nothing";

    private final Inbox inbox;
    private final Pool pool;
    private final DashboardConfig config;

    public DashboardEventRecorder(Inbox inbox, Pool pool, DashboardConfig config) {
        this.inbox = inbox;
        this.pool = pool;
        this.config = config;
    }

    @Incoming(DashboardChannels.CHANNEL)
    public Uni<Void> record(Message<String> message) {
        return KafkaMessages.settle(message, this::record);
    }

    /** Checks and stores one event; fails when it is poison or every retry failed. */
    Uni<Void> record(ConsumerRecord<String, String> record) {
        return Uni.createFrom().item(() -> occurredAt(record))
                .chain(occurredAt -> inbox.applyIdempotent(record, KafkaMessages.typeOf(record).payloadType(), HANDLER,
                        event -> expired(occurredAt) ? skipExpired(event) : store(record, event, occurredAt)));
    }

    /**
     * An event older than the retention would be pruned at once, and would reach clients as if it were new: a
     * new consumer group (or a reset one) replaying its topics' history must not refill the stream with it.
     */
    private boolean expired(Instant occurredAt) {
        return occurredAt.isBefore(Instant.now().minus(config.retention()));
    }

    private static Uni<Void> skipExpired(EventEnvelope<?> event) {
        Log.debugf("dashboard skips %s %s: older than the retention", event.type().ceType(), event.eventId());
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> store(ConsumerRecord<String, String> record, EventEnvelope<?> event, Instant occurredAt) {
        Tuple row = Tuple.tuple()
                .addLong(ORDER_LOCK)
                .addUUID(event.eventId())
                .addString(event.type().payloadType().getSimpleName())
                .addString(event.type().ceType())
                .addString(record.topic())
                .addString(event.payload().caseId().toString())
                .addString(record.value())
                .addOffsetDateTime(OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC))
                .addString(event.payload().businessKey());
        return pool.preparedQuery(INSERT).execute(row).replaceWithVoid();
    }

    /** The CloudEvents time, or now when the producer sent none. */
    private static Instant occurredAt(ConsumerRecord<String, String> record) {
        try {
            return CloudEventHeaders.read(record.headers(), CloudEventHeaders.TIME).map(Instant::parse)
                    .orElseGet(Instant::now);
        } catch (DateTimeParseException e) {
            throw new PoisonMessageException("ce_time is not an RFC 3339 time", e);
        }
    }
}
