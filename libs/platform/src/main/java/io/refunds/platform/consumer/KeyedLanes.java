package io.refunds.platform.consumer;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a channel's records side by side without giving up per-key order: a record goes to the lane of its key (a
 * case), each lane applies its records one after another in the order they came, the lanes run at once. Records of
 * one case therefore stay in order across all the topics of the channel, while a slow or retried record holds up only
 * the cases of its lane. At most {@code maxInFlight} records are accepted and unfinished: the channel gets the next
 * record only when there is room, so the broker's back-pressure still holds. Each record runs on its own duplicated
 * Vert.x context (its own ORM session).
 */
final class KeyedLanes {

    private static final Logger LOG = Logger.getLogger(KeyedLanes.class);

    private final Lane[] lanes;
    private final int maxInFlight;
    private int inFlight;
    private CompletableFuture<Void> room;

    KeyedLanes(int lanes, int maxInFlight) {
        if (lanes < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("lanes and maxInFlight must be positive");
        }
        this.lanes = new Lane[lanes];
        for (int i = 0; i < lanes; i++) {
            this.lanes[i] = new Lane();
        }
        this.maxInFlight = maxInFlight;
    }

    /**
     * Accepts {@code task} on the lane of {@code key} (null: lane 0); the answer completes once there is room for the
     * next record, not when the task is done. A task's failure is its own business (it settles its record).
     */
    Uni<Void> submit(String key, Supplier<Uni<Void>> task) {
        Context caller = Vertx.currentContext();
        Lane lane = lanes[key == null ? 0 : Math.floorMod(key.hashCode(), lanes.length)];
        CompletableFuture<Void> wait;
        synchronized (this) {
            inFlight++;
            if (inFlight >= maxInFlight) {
                room = new CompletableFuture<>();
                wait = room;
            } else {
                wait = null;
            }
        }
        lane.add(new Task(task, caller));
        return wait == null ? Uni.createFrom().voidItem() : Uni.createFrom().completionStage(wait);
    }

    private void finished() {
        CompletableFuture<Void> freed = null;
        synchronized (this) {
            inFlight--;
            if (room != null && inFlight < maxInFlight) {
                freed = room;
                room = null;
            }
        }
        if (freed != null) {
            freed.complete(null);
        }
    }

    /** A record's work and the context it came on. */
    private record Task(Supplier<Uni<Void>> work, Context context) {
    }

    /** One lane: its waiting tasks, run one at a time. */
    private final class Lane {

        private final Queue<Task> waiting = new ArrayDeque<>();
        private boolean running;

        void add(Task task) {
            synchronized (this) {
                waiting.add(task);
                if (running) {
                    return;
                }
                running = true;
            }
            next();
        }

        private void next() {
            Task task;
            synchronized (this) {
                task = waiting.poll();
                if (task == null) {
                    running = false;
                    return;
                }
            }
            if (task.context() == null) {
                start(task);
            } else {
                Context own = VertxContext.createNewDuplicatedContext(task.context());
                VertxContextSafetyToggle.setContextSafe(own, true);
                own.runOnContext(ignored -> start(task));
            }
        }

        private void start(Task task) {
            Uni<Void> work;
            try {
                work = task.work().get();
            } catch (RuntimeException e) {
                work = Uni.createFrom().failure(e);
            }
            work.subscribe().with(done -> done(), failure -> {
                LOG.errorf(failure, "a record's work failed after settling it");
                done();
            });
        }

        private void done() {
            finished();
            next();
        }
    }
}
