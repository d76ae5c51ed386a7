package io.refunds.platform.outbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.refunds.platform.notify.DatabaseNotifications;
import io.refunds.platform.tracing.TraceContext;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import io.smallrye.common.annotation.Identifier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes pending outbox rows to Kafka in id order, then marks them sent, in one database transaction.
 * On any failure the transaction rolls back and the rows stay pending for the next tick.
 * An advisory lock lets one replica relay at a time, so a case's events keep their order; a crash between
 * the broker's acknowledgement and the commit means a re-send (consumers skip it), never a loss. It relays when a
 * transaction that wrote events commits (NOTIFY outbox, see {@link DatabaseNotifications}) and otherwise every
 * poll interval.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final long RELAY_LOCK = 0x0ef0_0d5L;
    private static final String SELECT_PENDING = "select id, event_id, topic, record_key, ce_type, payload, occurred_at, traceparent, tracestate "
            + "from outbox where sent_at is null order by id limit $1";
    private static final String MARK_SENT = "update outbox set sent_at = now() where id = any($1)";
    private static final String PURGE_SENT = "delete from outbox where sent_at < $1";

    private final Pool pool;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final String source;
    private final Map<String, Object> kafkaConfig;
    private final DatabaseNotifications notifications;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private Producer<String, String> producer;

    public OutboxRelay(Pool pool, OutboxConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String source,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, DatabaseNotifications notifications) {
        this.pool = pool;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.source = source;
        this.kafkaConfig = kafkaConfig;
        this.notifications = notifications;
    }

    void start(@Observes StartupEvent event) {
        producer = OutboxProducerFactory.create(bootstrapServers, source, kafkaConfig);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "outbox-relay"));
        long interval = config.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, 0, interval, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purgeSent, 1, 60, TimeUnit.MINUTES);
        notifications.listen("outbox", this::wake);
    }

    /**
     * Queues one drain on the relay's thread, however many notifications arrive meanwhile; one that arrives while a
     * drain runs queues the next, so no commit waits for the poll.
     */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    wakeQueued.set(false);
                    drain();
                });
            } catch (RejectedExecutionException shuttingDown) {
                wakeQueued.set(false);
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdown();
            awaitTermination();
        }
        if (producer != null) {
            producer.close();
        }
    }

    /** Publishes until the outbox holds no pending row; failures are retried on the next tick. */
    void drain() {
        try {
            int published;
            do {
                published = relayBatch();
            } while (published == config.batchSize());
        } catch (RuntimeException e) {
            Log.warnf("outbox relay will retry: %s", e.toString());
        }
    }

    /**
     * Publishes one batch; returns how many rows were sent. Runs on the relay's own thread and waits there
     * (database replies, broker acknowledgements), never on an event loop.
     */
    public int relayBatch() {
        SqlConnection connection = pool.getConnection().await().atMost(config.batchTimeout());
        try {
            Transaction transaction = connection.begin().await().atMost(config.batchTimeout());
            try {
                int sent = relayInTransaction(connection);
                transaction.commit().await().atMost(config.batchTimeout());
                return sent;
            } catch (RuntimeException e) {
                transaction.rollback().onFailure().recoverWithNull().await().atMost(config.batchTimeout());
                throw e;
            }
        } finally {
            connection.close().await().atMost(config.batchTimeout());
        }
    }

    private int relayInTransaction(SqlConnection connection) {
        boolean leader = connection.preparedQuery("select pg_try_advisory_xact_lock($1) as locked")
                .execute(Tuple.of(RELAY_LOCK)).await().atMost(config.batchTimeout())
                .iterator().next().getBoolean("locked");
        if (!leader) {
            return 0;
        }
        List<OutboxRow> pending = new ArrayList<>();
        connection.preparedQuery(SELECT_PENDING).execute(Tuple.of(config.batchSize()))
                .await().atMost(config.batchTimeout())
                .forEach(row -> pending.add(toOutboxRow(row)));
        if (pending.isEmpty()) {
            return 0;
        }
        send(pending);
        Long[] ids = pending.stream().map(OutboxRow::id).toArray(Long[]::new);
        connection.preparedQuery(MARK_SENT).execute(Tuple.of(ids)).await().atMost(config.batchTimeout());
        return pending.size();
    }

    /** Sends the batch in order and waits for every acknowledgement ({@code acks=all}). */
    private void send(List<OutboxRow> pending) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
        for (OutboxRow row : pending) {
            acks.add(producer.send(new ProducerRecord<>(row.topic(), null, row.recordKey(), row.payload(),
                    CloudEventHeaders.of(row, source))));
        }
        long deadline = System.nanoTime() + config.batchTimeout().toNanos();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("broker did not acknowledge the batch", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while relaying", e);
        }
    }

    private void purgeSent() {
        try {
            pool.preparedQuery(PURGE_SENT)
                    .execute(Tuple.of(OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention())))
                    .await().atMost(config.batchTimeout());
        } catch (RuntimeException e) {
            Log.warnf("outbox purge will retry: %s", e.toString());
        }
    }

    private static OutboxRow toOutboxRow(Row row) {
        return new OutboxRow(row.getLong("id"), row.getUUID("event_id"), row.getString("topic"),
                row.getString("record_key"), row.getString("ce_type"), row.getString("payload"),
                row.getOffsetDateTime("occurred_at"),
                new TraceContext(row.getString("traceparent"), row.getString("tracestate")));
    }

    private void awaitTermination() {
        try {
            if (!executor.awaitTermination(config.batchTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
