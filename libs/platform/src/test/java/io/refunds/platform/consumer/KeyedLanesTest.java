package io.refunds.platform.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The lanes' rules, with tasks the test finishes by hand (no Vert.x context, no Kafka). */
class KeyedLanesTest {

    private final List<String> started = new ArrayList<>();

    @Test
    void tasksOfOneKeyRunOneAfterAnotherInTheOrderTheyCame() {
        KeyedLanes lanes = new KeyedLanes(4, 16);
        CompletableFuture<Void> first = new CompletableFuture<>();

        lanes.submit("case-1", task("1a", first));
        lanes.submit("case-1", task("1b", CompletableFuture.completedFuture(null)));

        assertEquals(List.of("1a"), started);
        first.complete(null);
        assertEquals(List.of("1a", "1b"), started);
    }

    @Test
    void aTaskThatTakesLongHoldsUpOnlyItsOwnLane() {
        KeyedLanes lanes = new KeyedLanes(2, 16);
        String other = keyOnAnotherLaneThan("case-1", 2);

        lanes.submit("case-1", task("slow", new CompletableFuture<>()));
        lanes.submit(other, task("other", CompletableFuture.completedFuture(null)));

        assertEquals(List.of("slow", "other"), started);
    }

    @Test
    void aFailedTaskDoesNotStopItsLane() {
        KeyedLanes lanes = new KeyedLanes(1, 16);

        lanes.submit("case-1", task("fails", CompletableFuture.failedFuture(new IllegalStateException("boom"))));
        lanes.submit("case-1", task("next", CompletableFuture.completedFuture(null)));

        assertEquals(List.of("fails", "next"), started);
    }

    @Test
    void theChannelGetsTheNextRecordOnlyWhenThereIsRoom() {
        KeyedLanes lanes = new KeyedLanes(4, 2);
        CompletableFuture<Void> first = new CompletableFuture<>();
        lanes.submit("case-1", task("1", first));

        AtomicBoolean roomForThird = new AtomicBoolean();
        lanes.submit("case-2", task("2", new CompletableFuture<>())).subscribe().with(ok -> roomForThird.set(true));

        assertFalse(roomForThird.get(), "two unfinished records fill a capacity of two");
        first.complete(null);
        assertTrue(roomForThird.get());
    }

    private Supplier<Uni<Void>> task(String name, CompletableFuture<Void> finished) {
        return () -> {
            started.add(name);
            return Uni.createFrom().completionStage(finished);
        };
    }

    private static String keyOnAnotherLaneThan(String key, int lanes) {
        for (int i = 0; ; i++) {
            String candidate = "case-" + i;
            if (Math.floorMod(candidate.hashCode(), lanes) != Math.floorMod(key.hashCode(), lanes)) {
                return candidate;
            }
        }
    }
}
