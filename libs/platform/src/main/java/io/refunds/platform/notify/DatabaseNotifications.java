package io.refunds.platform.notify;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wakes the platform's pollers when the database says there is work: LISTENs on PostgreSQL NOTIFY channels over one
 * connection held from the reactive pool (so it has the pool's credentials and TLS), reconnects a second after it
 * drops, and tells every listener after each (re)connect, since notifications sent while it was away are lost, and
 * when it drops. Payloads reach listeners that take them ({@link NotificationListener}).
 * The pollers keep polling: a notification only makes them look sooner.
 */
@ApplicationScoped
public class DatabaseNotifications {

    private static final long RECONNECT_DELAY_MS = 1_000;

    private final Pool pool;
    private final Vertx vertx;
    private final boolean enabled;
    private final Map<String, List<NotificationListener>> listeners = new ConcurrentHashMap<>();
    private volatile SqlConnection connection;
    private volatile boolean stopped;

    public DatabaseNotifications(Pool pool, Vertx vertx,
            @ConfigProperty(name = "platform.notifications.enabled", defaultValue = "true") boolean enabled) {
        this.pool = pool;
        this.vertx = vertx;
        this.enabled = enabled;
    }

    /**
     * Calls {@code listener} (on an event loop: it must not block) on every notification of {@code channel} and
     * after every (re)connect.
     */
    public void listen(String channel, Runnable listener) {
        listen(channel, new NotificationListener() {
            @Override
            public void notified(String payload) {
                listener.run();
            }

            @Override
            public void connected() {
                listener.run();
            }
        });
    }

    /** Hands {@code listener} every notification of {@code channel} with its payload, and the connection's state. */
    public void listen(String channel, NotificationListener listener) {
        listeners.computeIfAbsent(channel, ignored -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Whether the listening connection is up (the pollers fall back to their poll interval while it is not). */
    public boolean connected() {
        return connection != null;
    }

    /** After the pollers registered in their own start-up observers. */
    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 100) StartupEvent event) {
        if (enabled && !listeners.isEmpty()) {
            connect();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        SqlConnection current = connection;
        connection = null;
        if (current != null) {
            tell(NotificationListener::disconnected);
            current.close().onFailure().recoverWithNull().await().indefinitely();
        }
    }

    private void connect() {
        if (stopped) {
            return;
        }
        pool.getConnection()
                .chain(opened -> {
                    PgConnection listening = PgConnection.cast(opened);
                    listening.notificationHandler(
                            notification -> deliver(notification.getChannel(), notification.getPayload()));
                    listening.closeHandler(this::lost);
                    return Multi.createFrom().iterable(List.copyOf(listeners.keySet()))
                            .onItem().transformToUniAndConcatenate(channel -> opened
                                    .query("LISTEN \"" + channel.replace("\"", "") + "\"").execute())
                            .collect().last()
                            .onFailure().call(() -> opened.close().onFailure().recoverWithNull())
                            .replaceWith(opened);
                })
                .subscribe().with(opened -> {
                    connection = opened;
                    tell(NotificationListener::connected);
                }, failure -> {
                    Log.warnf("database notifications unavailable, pollers keep polling; retrying: %s", failure.toString());
                    reconnectLater();
                });
    }

    private void lost() {
        if (connection != null) {
            connection = null;
            Log.warn("database notifications connection lost; reconnecting");
            tell(NotificationListener::disconnected);
            reconnectLater();
        }
    }

    private void reconnectLater() {
        if (!stopped) {
            vertx.setTimer(RECONNECT_DELAY_MS, ignored -> connect());
        }
    }

    private void deliver(String channel, String payload) {
        for (NotificationListener listener : listeners.getOrDefault(channel, List.of())) {
            call(channel, () -> listener.notified(payload == null ? "" : payload));
        }
    }

    private void tell(Consumer<NotificationListener> call) {
        listeners.forEach((channel, registered) -> registered.forEach(listener -> call(channel, () -> call.accept(listener))));
    }

    private static void call(String channel, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            Log.warnf("listener of %s failed: %s", channel, e.toString());
        }
    }
}
