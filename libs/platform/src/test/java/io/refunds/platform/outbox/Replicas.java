package io.refunds.platform.outbox;

import io.refunds.platform.notify.DatabaseNotifications;
import io.refunds.testing.KafkaBroker;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Outbox relays as other replicas of the test application would run them (same database, same broker), each with its
 * own producer, thread and settings, and without database notifications: only their poll makes them look.
 */
final class Replicas implements AutoCloseable {

    private final Pool pool;
    private final Vertx vertx;
    private final List<OutboxRelay> started = new ArrayList<>();

    Replicas(Pool pool, Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
    }

    /** Starts a relay that sends {@code batchSize} rows per transaction and polls every {@code poll}. */
    OutboxRelay start(int batchSize, Duration poll) {
        return start(batchSize, poll, notificationsUnavailable());
    }

    OutboxRelay start(int batchSize, Duration poll, DatabaseNotifications notifications) {
        OutboxRelay relay = new OutboxRelay(pool, config(batchSize, poll), KafkaBroker.bootstrapServers(),
                "platform-test", Map.of(), notifications);
        relay.start(null);
        started.add(relay);
        return relay;
    }

    /** Notifications that never connect: {@code platform.notifications.enabled=false}. */
    DatabaseNotifications notificationsUnavailable() {
        return new DatabaseNotifications(pool, vertx, false);
    }

    /** Stops every relay started here (each finishes the batch it is sending). */
    void stopAll() {
        started.forEach(relay -> relay.stop(null));
        started.clear();
    }

    @Override
    public void close() {
        stopAll();
    }

    private static OutboxConfig config(int batchSize, Duration poll) {
        return new OutboxConfig() {
            @Override
            public int batchSize() {
                return batchSize;
            }

            @Override
            public Duration pollInterval() {
                return poll;
            }

            @Override
            public Duration batchTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Duration retention() {
                return Duration.ofDays(7);
            }
        };
    }
}
