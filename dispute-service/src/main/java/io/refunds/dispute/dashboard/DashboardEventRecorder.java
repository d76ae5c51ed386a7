package io.refunds.dispute.dashboard;

import io.refunds.events.EventType;
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
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps every event of every {@code refunds.*} topic for the support dashboard's stream: each is checked like
 * any consumed event (poison to its topic's DLQ), then stored once per CloudEvents id. Inserts take one
 * advisory lock so stream positions become visible in order and a resumed stream can never skip one. The unique
 * event id makes the insert idempotent by itself, so it needs no inbox row, and it runs on the reactive pool
 * directly: this consumer sees every event of the platform, and the ORM session cost more than the insert.
 */
@ApplicationScoped
public class DashboardEventRecorder {

    static final String HANDLER = "dashboard";
    private static final long ORDER_LOCK = 0xda5_b0a7dL;
    private static final String INSERT = "insert into dashboard_event "
            + "(event_id, event_type, ce_type, topic, case_id, payload, occurred_at) "
            + "values ($1, $2, $3, $4, $5, $6, $7) "
            + "on conflict (event_id) do nothing";

    private static final String LOCK = "select pg_advisory_xact_lock($1)";

    private final Inbox inbox;
    private final Pool pool;

    public DashboardEventRecorder(Inbox inbox, Pool pool) {
        this.inbox = inbox;
        this.pool = pool;
    }

    @Incoming(DashboardChannels.ISSUE_REPORTED)
    @Incoming(DashboardChannels.EVIDENCE_ADDED)
    @Incoming(DashboardChannels.CASE_WITHDRAWN)
    @Incoming(DashboardChannels.CONVERSATION_OPENED)
    @Incoming(DashboardChannels.MESSAGE_POSTED)
    @Incoming(DashboardChannels.OFFER_MADE)
    @Incoming(DashboardChannels.OFFER_REJECTED)
    @Incoming(DashboardChannels.SELLER_DECLINED)
    @Incoming(DashboardChannels.BUYER_ESCALATED)
    @Incoming(DashboardChannels.SELLER_REMINDER)
    @Incoming(DashboardChannels.SELLER_UNRESPONSIVE)
    @Incoming(DashboardChannels.DISPUTE_OPENED)
    @Incoming(DashboardChannels.DISPUTE_OVERDUE)
    @Incoming(DashboardChannels.FOLLOW_UP_POSTED)
    @Incoming(DashboardChannels.APPEAL_FILED)
    @Incoming(DashboardChannels.INFORMATION_REQUESTED)
    @Incoming(DashboardChannels.STATEMENT_SUBMITTED)
    @Incoming(DashboardChannels.DECISION_MADE)
    @Incoming(DashboardChannels.SETTLEMENT_AGREED)
    @Incoming(DashboardChannels.REFUND_ISSUED)
    @Incoming(DashboardChannels.REFUND_FAILED)
    public Uni<Void> record(ConsumerRecord<String, String> record) {
        return Uni.createFrom().item(() -> occurredAt(record))
                .chain(occurredAt -> inbox.applyIdempotent(record, typeOf(record).payloadType(), HANDLER,
                        event -> store(record, event, occurredAt)));
    }

    private static EventType typeOf(ConsumerRecord<String, String> record) {
        return Arrays.stream(EventType.values())
                .filter(candidate -> candidate.topic().equals(record.topic()))
                .findFirst()
                .orElseThrow(() -> new PoisonMessageException("no event type is published on " + record.topic()));
    }

    private Uni<Void> store(ConsumerRecord<String, String> record, EventEnvelope<?> event, Instant occurredAt) {
        Tuple row = Tuple.tuple()
                .addUUID(event.eventId())
                .addString(event.type().payloadType().getSimpleName())
                .addString(event.type().ceType())
                .addString(record.topic())
                .addString(event.payload().caseId().toString())
                .addString(record.value())
                .addOffsetDateTime(OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC));
        return pool.withTransaction(connection -> connection.preparedQuery(LOCK).execute(Tuple.of(ORDER_LOCK))
                        .chain(() -> connection.preparedQuery(INSERT).execute(row)))
                .replaceWithVoid();
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
