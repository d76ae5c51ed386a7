package io.refunds.platform.outbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes pending outbox rows to Kafka in id order, then marks them sent, in one database transaction.
 * An advisory lock lets one replica relay at a time, so a case's events keep their order; a crash between
 * the broker's acknowledgement and the commit means a re-send (consumers skip it), never a loss.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final long RELAY_LOCK = 0x0ef0_0d5L;
    private static final String SELECT_PENDING = "select id, event_id, topic, record_key, ce_type, payload, occurred_at "
            + "from outbox where sent_at is null order by id limit $1";
    private static final String MARK_SENT = "update outbox set sent_at = now() where id = any($1)";
    private static final String PURGE_SENT = "delete from outbox where sent_at < $1";

    private final Pool pool;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final String source;
    private ScheduledExecutorService executor;
    private Producer<String, String> producer;

    public OutboxRelay(Pool pool, OutboxConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.pool = pool;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.source = source;
    }

    void start(@Observes StartupEvent event) {
        producer = OutboxProducerFactory.create(bootstrapServers, source);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "outbox-relay"));
        long interval = config.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, 0, interval, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purgeSent, 1, 60, TimeUnit.MINUTES);
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

    /** Publishes one batch; returns how many rows were sent. */
    public int relayBatch() {
        return pool.withTransaction(connection -> connection
                        .preparedQuery("select pg_try_advisory_xact_lock($1) as locked").execute(Tuple.of(RELAY_LOCK))
                        .chain(rows -> rows.iterator().next().getBoolean("locked")
                                ? publishPending(connection)
                                : Uni.createFrom().item(0)))
                .await().atMost(config.batchTimeout());
    }

    private Uni<Integer> publishPending(SqlConnection connection) {
        return connection.preparedQuery(SELECT_PENDING).execute(Tuple.of(config.batchSize()))
                .map(rows -> {
                    List<OutboxRow> pending = new ArrayList<>();
                    rows.forEach(row -> pending.add(toOutboxRow(row)));
                    return pending;
                })
                .chain(pending -> pending.isEmpty()
                        ? Uni.createFrom().item(0)
                        : send(pending).chain(() -> markSent(connection, pending)));
    }

    private Uni<Void> send(List<OutboxRow> pending) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(pending.size());
        for (OutboxRow row : pending) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), null, row.recordKey(),
                    row.payload(), CloudEventHeaders.of(row, source));
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    ack.complete(null);
                } else {
                    ack.completeExceptionally(error);
                }
            });
            acks.add(ack);
        }
        return Uni.createFrom().completionStage(CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)));
    }

    private Uni<Integer> markSent(SqlConnection connection, List<OutboxRow> sent) {
        Long[] ids = sent.stream().map(OutboxRow::id).toArray(Long[]::new);
        return connection.preparedQuery(MARK_SENT).execute(Tuple.of(ids)).replaceWith(sent.size());
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
                row.getOffsetDateTime("occurred_at"));
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
