package io.refunds.platform.deadline;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.refunds.platform.notify.DatabaseNotifications;
import io.refunds.platform.tracing.Spans;
import io.refunds.platform.tracing.TraceContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fires due deadlines. Each one is claimed with {@code FOR UPDATE SKIP LOCKED} and fired in its own
 * transaction with the handler's effect: replicas never fire one twice, and a restart loses none. It looks every poll
 * interval, and at once when a deadline that is already due is scheduled (NOTIFY deadline, see
 * {@link DatabaseNotifications}); a full batch is followed by the next without waiting.
 */
@ApplicationScoped
public class DeadlineScheduler {

    private static final String DUE = "select id, traceparent, tracestate from deadline where fired_at is null "
            + "and cancelled_at is null and due_at <= now() order by due_at limit :limit";
    private static final String CLAIM = "select kind, subject from deadline where id = :id "
            + "and fired_at is null and cancelled_at is null for update skip locked";
    private static final String MARK_FIRED = "update deadline set fired_at = now() where id = :id";

    private final Map<String, DeadlineHandler> handlers;
    private final DeadlineConfig config;
    private final Spans spans;
    private final Vertx vertx;
    private final DatabaseNotifications notifications;
    private final AtomicBoolean waking = new AtomicBoolean();
    private final AtomicBoolean wakeAgain = new AtomicBoolean();

    public DeadlineScheduler(Instance<DeadlineHandler> handlers, DeadlineConfig config, Spans spans, Vertx vertx,
            DatabaseNotifications notifications) {
        this.handlers = handlers.stream().collect(Collectors.toMap(DeadlineHandler::kind, Function.identity()));
        this.config = config;
        this.spans = spans;
        this.vertx = vertx;
        this.notifications = notifications;
    }

    void listen(@Observes StartupEvent event) {
        if (!handlers.isEmpty()) {
            notifications.listen("deadline", this::wake);
        }
    }

    @Scheduled(every = "${platform.deadlines.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> fireDue() {
        if (handlers.isEmpty()) {
            // A service with no kinds of deadline (order-service) has nothing to fire: no query, no commit.
            return Uni.createFrom().voidItem();
        }
        return fireBatch()
                .chain(fired -> fired == config.batchSize() ? fireDue() : Uni.createFrom().voidItem())
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("deadline scheduler will retry: %s", failure.toString());
                    return null;
                });
    }

    /** Fires due deadlines now, on a fresh Vert.x context; a wake during a run makes one more run. */
    void wake() {
        if (!waking.compareAndSet(false, true)) {
            wakeAgain.set(true);
            return;
        }
        Context context = VertxContext.createNewDuplicatedContext(VertxContext.getRootContext(vertx.getOrCreateContext()));
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> fireDue()
                .eventually(() -> {
                    waking.set(false);
                    if (wakeAgain.getAndSet(false)) {
                        wake();
                    }
                })
                .subscribe().with(done -> { }, failure -> Log.warnf("deadline wake failed: %s", failure.toString())));
    }

    /** Fires one batch of due deadlines; returns how many were due. */
    private Uni<Integer> fireBatch() {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(DUE, Object[].class)
                        .setParameter("limit", config.batchSize())
                        .getResultList()))
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(this::fireOne)
                        .collect().asList()
                        .replaceWith(due.size()));
    }

    /** Each firing continues the trace that scheduled the deadline; the events it publishes carry it on. */
    private Uni<Void> fireOne(Object[] due) {
        Long id = ((Number) due[0]).longValue();
        return spans.internal("deadline fire", new TraceContext((String) due[1], (String) due[2]),
                () -> claimAndFire(id));
    }

    private Uni<Void> claimAndFire(Long id) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(CLAIM, Object[].class)
                .setParameter("id", id)
                .getResultList()
                .chain(claimed -> claimed.isEmpty() ? Uni.createFrom().voidItem() : fire(id, claimed.get(0)))));
    }

    private Uni<Void> fire(Long id, Object[] kindAndSubject) {
        String kind = (String) kindAndSubject[0];
        String subject = (String) kindAndSubject[1];
        DeadlineHandler handler = handlers.get(kind);
        if (handler == null) {
            return Uni.createFrom().failure(new IllegalStateException("no handler for deadline kind " + kind));
        }
        return handler.fire(subject)
                .chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(MARK_FIRED)
                        .setParameter("id", id)
                        .executeUpdate()))
                .replaceWithVoid();
    }
}
