package io.refunds.platform.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.Topics;
import io.refunds.platform.inbox.DatabaseProbe;
import io.refunds.platform.testapp.Applied;
import io.refunds.platform.testapp.TestDatabase;
import io.refunds.platform.testapp.TestEventsOf;
import io.refunds.platform.testapp.TestHandlers;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While the database does not answer, nothing could be applied: a record waits for it (well past the in-place retries'
 * second) instead of being dead-lettered, and is applied once the database is back.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DatabaseOutageTest {

    private static final Duration PROBE_WAIT = Duration.ofSeconds(10);

    private final EventLog events = new EventLog();

    @Inject
    DatabaseProbe database;

    @AfterEach
    void close() {
        TestDatabase.acceptConnections(true);
        events.close();
    }

    @Test
    void aRecordWaitsForTheDatabaseInsteadOfBeingDeadLettered() {
        UUID caseId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String deadLetters = Topics.CASE_WITHDRAWN + ".dlq";
        assertTrue(database.answers().await().atMost(PROBE_WAIT));

        TestDatabase.acceptConnections(false);
        assertFalse(database.answers().await().atMost(PROBE_WAIT), "the probe sees the database down");
        events.send(TestEvents.record(TestEventsOf.withdrawal(caseId), eventId));
        // The in-place retries take about a second; four seconds later the record is still not dead-lettered.
        Awaitility.await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> events.recordsNow(deadLetters, caseId.toString()).isEmpty());

        TestDatabase.acceptConnections(true);
        Awaitility.await().atMost(EventLog.WAIT)
                .until(() -> Applied.eventIds(TestHandlers.WITHDRAWALS, caseId), List.of(eventId.toString())::equals);
        events.awaitConsumed("platform-test", Topics.CASE_WITHDRAWN);
        assertEquals(List.of(), events.recordsNow(deadLetters, caseId.toString()));
        assertTrue(database.answers().await().atMost(PROBE_WAIT));
    }
}
