package io.refunds.dispute.dashboard;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stream each dashboard client reads: first every stored event after the client's position, then new ones
 * as they commit. One query per replica and poll interval watches the head; a client queries only when the
 * head is past its own cursor. Positions commit in order (see {@link DashboardEventRecorder}), so a cursor
 * never skips an event, across reconnects, replicas and restarts.
 */
@ApplicationScoped
public class DashboardFeed {

    private final DashboardEvents events;
    private final DashboardConfig config;
    private final Vertx vertx;
    private final AtomicInteger clients = new AtomicInteger();
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile long head;
    private long timer;

    public DashboardFeed(DashboardEvents events, DashboardConfig config, Vertx vertx) {
        this.events = events;
        this.config = config;
        this.vertx = vertx;
    }

    /** Every event after {@code position}, then each new one, until the subscriber cancels. */
    public Multi<StreamEvent> after(long position) {
        return Multi.createFrom().deferred(() -> {
            AtomicLong cursor = new AtomicLong(position);
            Multi<Long> wakeUps = Multi.createBy().concatenating().streams(
                    Multi.createFrom().item(0L),
                    Multi.createFrom().ticks().every(config.pollInterval()).onOverflow().drop()
                            .select().where(tick -> head > cursor.get()));
            return wakeUps.onItem().transformToMultiAndConcatenate(wakeUp -> drain(cursor))
                    .onSubscription().invoke(clients::incrementAndGet)
                    .onTermination().invoke(clients::decrementAndGet);
        });
    }

    private Multi<StreamEvent> drain(AtomicLong cursor) {
        return Multi.createBy().repeating()
                .uni(() -> events.after(cursor.get(), config.pageSize()).invoke(page -> advance(cursor, page)))
                .whilst(page -> page.size() == config.pageSize())
                .onItem().<StreamEvent>disjoint();
    }

    private static void advance(AtomicLong cursor, List<StreamEvent> page) {
        if (!page.isEmpty()) {
            cursor.set(page.get(page.size() - 1).position());
        }
    }

    /** Watches the head while anyone is connected (a Vert.x timer: the scheduler's floor is one second). */
    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.pollInterval().toMillis(), tick -> watchHead());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    private void watchHead() {
        if (clients.get() == 0 || !polling.compareAndSet(false, true)) {
            return;
        }
        events.head().subscribe().with(latest -> {
            head = latest;
            polling.set(false);
        }, failure -> {
            Log.debugf("dashboard head poll will retry: %s", failure.toString());
            polling.set(false);
        });
    }
}
