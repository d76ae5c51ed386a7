package io.refunds.platform.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.SellerDeclined;
import io.refunds.events.Topics;
import io.refunds.platform.testapp.Applied;
import io.refunds.platform.testapp.TestDatabase;
import io.refunds.platform.testapp.TestEventsOf;
import io.refunds.platform.testapp.TestHandlers;
import io.refunds.testing.EventLog;
import io.refunds.testing.Metrics;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one consumer: a record whose handler keeps failing is retried in place a few times, then dead-lettered to its own
 * topic's .dlq as exhausted, within seconds, while the other topics of the same channel keep flowing; the records of one
 * case are applied in the order they came while other cases' records run beside them.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EventDispatcherTest {

    private static final String GROUP = "platform-test";
    private static final String DEAD_LETTERED = "refunds_dead_lettered_total";
    /** How long one bad record may hold the service's channel up at most. */
    private static final Duration HOLD_UP_BOUND = Duration.ofSeconds(5);

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aRecordWhoseHandlerKeepsFailingIsDeadLetteredAsExhaustedAfterFourAttempts() {
        UUID caseId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Map<String, String> labels = Map.of("topic", Topics.MESSAGE_POSTED, "handler", TestHandlers.MESSAGES,
                "reason", "exhausted");
        double before = Metrics.value(DEAD_LETTERED, labels).orElse(0);
        Instant sent = Instant.now();

        events.send(TestEvents.record(TestEventsOf.message(caseId, TestHandlers.KEEPS_FAILING), eventId));
        ConsumerRecord<String, String> dead = events.awaitRecords(Topics.MESSAGE_POSTED + ".dlq", caseId.toString(), 1)
                .get(0);
        Duration took = Duration.between(sent, Instant.now());

        assertTrue(took.compareTo(HOLD_UP_BOUND) < 0, "dead-lettered after " + took);
        assertEquals(eventId.toString(), EventLog.header(dead, "ce_id").orElseThrow());
        assertEquals(IllegalStateException.class.getName(),
                EventLog.header(dead, "dead-letter-exception-class-name").orElseThrow());
        assertEquals("simulated failure of " + eventId, EventLog.header(dead, "dead-letter-reason").orElseThrow());
        assertEquals(4, TestHandlers.FAILED_ATTEMPTS.get(eventId).get(), "platform.inbox.max-attempts");
        events.awaitConsumed(GROUP, Topics.MESSAGE_POSTED);
        assertEquals(before + 1, Metrics.value(DEAD_LETTERED, labels).orElse(0));
        assertEquals(List.of(), Applied.eventIds(TestHandlers.MESSAGES, caseId));
    }

    @Test
    void theOtherTopicsOfTheChannelKeepFlowingWhileARecordKeepsFailing() {
        UUID badCase = UUID.randomUUID();
        List<UUID> otherCases = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        Instant sent = Instant.now();
        events.send(TestEvents.record(TestEventsOf.message(badCase, TestHandlers.KEEPS_FAILING)));
        otherCases.forEach(caseId -> events.send(TestEvents.record(TestEventsOf.withdrawal(caseId))));

        List<Duration> appliedAfter = new ArrayList<>();
        for (UUID caseId : otherCases) {
            String appliedAtMillis = Awaitility.await().atMost(EventLog.WAIT).until(
                    () -> TestDatabase.column("select (extract(epoch from applied_at) * 1000)::bigint from applied "
                            + "where handler = ? and case_id = ?", TestHandlers.WITHDRAWALS, caseId),
                    found -> !found.isEmpty()).get(0);
            appliedAfter.add(Duration.between(sent, Instant.ofEpochMilli(Long.parseLong(appliedAtMillis))));
        }
        events.awaitRecords(Topics.MESSAGE_POSTED + ".dlq", badCase.toString(), 1);
        Duration deadLetteredAfter = Duration.between(sent, Instant.now());

        System.out.printf("withdrawals applied after %s; the failing message dead-lettered after at most %s%n",
                appliedAfter, deadLetteredAfter);
        appliedAfter.forEach(after -> assertTrue(after.compareTo(HOLD_UP_BOUND) < 0,
                "a withdrawal waited " + after + " behind the failing message"));
        assertTrue(deadLetteredAfter.compareTo(HOLD_UP_BOUND) < 0, "dead-lettered after " + deadLetteredAfter);
    }

    @Test
    void aHandlerThatGivesUpDoesNotKeepTheOtherHandlersOfItsEventFromApplyingIt() {
        UUID caseId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        SellerDeclined declined = TestEventsOf.decline(caseId, TestHandlers.FIRST_GIVES_UP);

        events.send(TestEvents.record(declined, eventId));
        events.awaitRecords(Topics.SELLER_DECLINED + ".dlq", caseId.toString(), 1);
        events.awaitConsumed(GROUP, Topics.SELLER_DECLINED);

        assertEquals(List.of(eventId.toString()), Applied.eventIds(TestHandlers.DECLINES_SECOND, caseId));
        assertEquals(List.of(), Applied.eventIds(TestHandlers.DECLINES_FIRST, caseId));
        assertEquals(1, events.recordsNow(Topics.SELLER_DECLINED + ".dlq", caseId.toString()).size(),
                "dead-lettered once, not once per handler");
    }

    @Test
    void anEventEveryHandlerAppliesIsAppliedByEachOnce() {
        UUID caseId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();

        events.send(TestEvents.record(TestEventsOf.decline(caseId, "too late"), eventId));
        events.awaitConsumed(GROUP, Topics.SELLER_DECLINED);

        assertEquals(List.of(eventId.toString()), Applied.eventIds(TestHandlers.DECLINES_FIRST, caseId));
        assertEquals(List.of(eventId.toString()), Applied.eventIds(TestHandlers.DECLINES_SECOND, caseId));
        assertEquals(List.of(), events.recordsNow(Topics.SELLER_DECLINED + ".dlq", caseId.toString()));
    }

    @Test
    void theRecordsOfOneCaseAreAppliedInTheOrderTheyCameWhileOtherCasesRunBesideThem() {
        UUID caseId = UUID.randomUUID();
        List<UUID> others = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add("message " + i);
            events.send(TestEvents.record(TestEventsOf.message(caseId, "message " + i)));
            UUID other = UUID.randomUUID();
            others.add(other);
            events.send(TestEvents.record(TestEventsOf.withdrawal(other)));
        }

        Awaitility.await().atMost(EventLog.WAIT).until(() -> Applied.details(TestHandlers.MESSAGES, caseId).size(),
                applied -> applied == bodies.size());
        assertEquals(bodies, Applied.details(TestHandlers.MESSAGES, caseId));
        others.forEach(other -> Awaitility.await().atMost(EventLog.WAIT)
                .until(() -> Applied.eventIds(TestHandlers.WITHDRAWALS, other), applied -> applied.size() == 1));
    }
}
