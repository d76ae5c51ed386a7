package io.refunds.platform.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.refunds.platform.notify.DatabaseNotifications;
import io.refunds.platform.testapp.TestDatabase;
import io.refunds.platform.testapp.TestDeadline;
import io.refunds.platform.testapp.Writes;
import io.refunds.platform.tracing.Spans;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Deadlines on the real database: two schedulers at once fire each due deadline exactly once (claims with FOR UPDATE
 * SKIP LOCKED), a cancelled one never fires, and one already due when scheduled wakes the scheduler (NOTIFY).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DeadlineSchedulerTest {

    private static final String KIND = TestDeadline.KIND;
    private static final Instant LATER = Instant.now().plus(Duration.ofDays(1));

    /** The application's scheduler: it polls an hour apart (application.properties), so tests run it themselves. */
    @Inject
    DeadlineScheduler scheduler;

    @Inject
    Instance<DeadlineHandler> handlers;

    @Inject
    DeadlineConfig config;

    @Inject
    Spans spans;

    @Inject
    Vertx vertx;

    @Inject
    DatabaseNotifications notifications;

    @Inject
    Writes writes;

    @Test
    void twoSchedulersAtOnceFireEachDueDeadlineExactlyOnce() throws Exception {
        String prefix = "race-" + UUID.randomUUID() + "-";
        List<String> subjects = IntStream.range(0, 60).mapToObj(i -> prefix + i).toList();
        await(() -> writes.schedule(KIND, subjects, LATER));
        makeDue(prefix);
        DeadlineScheduler secondReplica = new DeadlineScheduler(handlers, config, spans, vertx, notifications);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> fire(go, scheduler, "first"), threads);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> fire(go, secondReplica, "second"), threads);
            go.countDown();
            CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertEquals(List.of(), TestDatabase.column("select subject from fired where subject like ? "
                + "group by subject having count(*) > 1", prefix + "%"), "fired twice");
        assertEquals(60, TestDatabase.number("select count(distinct subject) from fired where subject like ?",
                prefix + "%"));
        assertEquals(0, TestDatabase.number("select count(*) from deadline where subject like ? and fired_at is null",
                prefix + "%"));
        Set<String> firers = new TreeSet<>(TestDatabase.column("select distinct firer from fired where subject like ?",
                prefix + "%"));
        assertEquals(Set.of("first", "second"), firers, "both schedulers took part");
    }

    @Test
    void aCancelledDeadlineNeverFires() {
        String kept = "kept-" + UUID.randomUUID();
        String cancelled = "cancelled-" + UUID.randomUUID();
        await(() -> writes.schedule(KIND, List.of(kept, cancelled), LATER));

        assertTrue(await(() -> writes.cancel(KIND, cancelled)));
        assertFalse(await(() -> writes.cancel(KIND, cancelled)), "nothing pending any more");
        makeDue(kept);
        makeDue(cancelled);
        await(() -> scheduler.fireDue());

        assertEquals(1, TestDatabase.number("select count(*) from fired where subject = ?", kept));
        assertEquals(0, TestDatabase.number("select count(*) from fired where subject = ?", cancelled));
        assertEquals(0, TestDatabase.number("select count(*) from deadline where subject = ? and fired_at is not null",
                cancelled));
    }

    @Test
    void schedulingTwiceKeepsTheFirstDueTime() {
        String subject = "twice-" + UUID.randomUUID();
        await(() -> writes.schedule(KIND, List.of(subject), LATER));
        await(() -> writes.schedule(KIND, List.of(subject), LATER.plus(Duration.ofDays(1))));

        assertEquals(List.of(String.valueOf(LATER.getEpochSecond())), TestDatabase.column(
                "select floor(extract(epoch from due_at))::bigint from deadline where kind = ? and subject = ?", KIND,
                subject));
    }

    @Test
    void aDeadlineAlreadyDueWhenScheduledWakesTheSchedulerWithoutWaitingForItsPoll() {
        Awaitility.await().atMost(EventLog.WAIT).until(notifications::connected);
        String subject = "due-now-" + UUID.randomUUID();

        await(() -> writes.schedule(KIND, List.of(subject), Instant.now().minusSeconds(1)));

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> TestDatabase.number("select count(*) from fired where subject = ?", subject) == 1);
    }

    /** Makes the deadlines whose subject starts with {@code prefix} due now, without a NOTIFY (that is on insert). */
    private static void makeDue(String prefix) {
        TestDatabase.update("update deadline set due_at = now() - interval '1 second' where kind = ? and subject like ?",
                KIND, prefix + "%");
    }

    /** Runs one scheduler's tick on its own Vert.x context, which tells the test handler who fired. */
    private static void fire(CountDownLatch go, DeadlineScheduler scheduler, String firer) {
        try {
            go.await();
            VertxContextSupport.subscribeAndAwait(() -> {
                io.vertx.core.Vertx.currentContext().putLocal(TestDeadline.FIRER, firer);
                return scheduler.fireDue();
            });
        } catch (Throwable e) {
            throw new IllegalStateException(firer + " scheduler failed", e);
        }
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
