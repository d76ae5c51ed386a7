package io.refunds.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.refunds.events.CaseEvent;
import io.refunds.events.MessagePosted;
import io.refunds.events.Topics;
import io.refunds.platform.notify.DatabaseNotifications;
import io.refunds.platform.testapp.Applied;
import io.refunds.platform.testapp.TestDatabase;
import io.refunds.platform.testapp.TestEventsOf;
import io.refunds.platform.testapp.TestHandlers;
import io.refunds.platform.testapp.Writes;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay on the real database and broker: every row sent once and marked sent, in order per record key,
 * across restarts and with two replicas at once; a row whose mark-sent failed after the broker took it is sent again
 * with the same ce_id (and the consumer's inbox skips it); a commit wakes the relay at once, and without notifications
 * its poll still sends.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OutboxRelayTest {

    private static final String PENDING = "select count(*) from outbox where sent_at is null "
            + "and record_key = any(string_to_array(?, ','))";

    private final EventLog events = new EventLog();

    /** The application's own relay: it polls an hour apart (application.properties), so only NOTIFY wakes it. */
    @Inject
    OutboxRelay relay;

    @Inject
    DatabaseNotifications notifications;

    @Inject
    Writes writes;

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    private Replicas replicas;

    @BeforeEach
    void replicas() {
        replicas = new Replicas(pool, vertx);
    }

    @AfterEach
    void close() {
        replicas.close();
        events.close();
    }

    @Test
    void everyRowIsSentOnceInOrderPerKeyAcrossRestartsAndTwoReplicasAtOnce() {
        List<UUID> cases = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<String, List<UUID>> eventIdsByCase = new LinkedHashMap<>();
        relay.stop(null);
        try {
            publishSequence(cases, 1, 20, eventIdsByCase);
            replicas.start(4, Duration.ofMillis(20));
            replicas.start(4, Duration.ofMillis(20));
            publishSequence(cases, 21, 40, eventIdsByCase);
            replicas.stopAll();
            publishSequence(cases, 41, 60, eventIdsByCase);
        } finally {
            relay.start(null);
        }
        Awaitility.await().atMost(EventLog.WAIT).until(() -> TestDatabase.number(PENDING, keys(cases)) == 0);

        for (UUID caseId : cases) {
            List<ConsumerRecord<String, String>> sent = events.recordsNow(Topics.MESSAGE_POSTED, caseId.toString());
            assertEquals(eventIdsByCase.get(caseId.toString()).stream().map(UUID::toString).toList(),
                    sent.stream().map(record -> EventLog.header(record, CloudEventHeaders.ID).orElseThrow()).toList(),
                    "each event once, in the order written");
            List<Integer> sequence = sent.stream()
                    .map(record -> TestEvents.read(record.value(), MessagePosted.class).body())
                    .map(body -> Integer.parseInt(body.substring("seq-".length()))).toList();
            assertEquals(sequence.stream().sorted().toList(), sequence);
            assertEquals(20, sequence.size());
        }
    }

    @Test
    void aRowWhoseMarkSentFailedIsSentAgainWithTheSameEventIdAndTheInboxSkipsTheCopy() {
        UUID caseId = UUID.randomUUID();
        TestDatabase.update("insert into relay_fault (record_key) values (?)", caseId.toString());
        relay.stop(null);
        UUID eventId;
        try {
            eventId = publish(TestEventsOf.message(caseId, "sent, then the relay died"));
            replicas.start(10, Duration.ofMillis(100));
            events.awaitRecords(Topics.MESSAGE_POSTED, caseId.toString(), 2);
            assertEquals(1, TestDatabase.number(PENDING, keys(List.of(caseId))), "still pending: never marked sent");

            TestDatabase.update("delete from relay_fault where record_key = ?", caseId.toString());
            Awaitility.await().atMost(EventLog.WAIT)
                    .until(() -> TestDatabase.number(PENDING, keys(List.of(caseId))) == 0);
        } finally {
            replicas.stopAll();
            relay.start(null);
        }

        List<ConsumerRecord<String, String>> sent = events.recordsNow(Topics.MESSAGE_POSTED, caseId.toString());
        assertTrue(sent.size() >= 2, "sent again after the failed mark-sent: " + sent.size());
        sent.forEach(record -> assertEquals(eventId.toString(), EventLog.header(record, CloudEventHeaders.ID)
                .orElseThrow(), "every copy carries the row's ce_id"));
        assertEquals(1, sent.stream().map(ConsumerRecord::value).distinct().count());
        events.awaitConsumed("platform-test", Topics.MESSAGE_POSTED);
        assertEquals(List.of(eventId.toString()), Applied.eventIds(TestHandlers.MESSAGES, caseId),
                "the consumer applied it once");
    }

    @Test
    void aCommitThatWritesEventsWakesTheRelayWithoutWaitingForItsPoll() {
        Awaitility.await().atMost(EventLog.WAIT).until(notifications::connected);
        for (int i = 0; i < 3; i++) {
            UUID caseId = UUID.randomUUID();
            Instant committed = Instant.now();
            publish(TestEventsOf.message(caseId, "wake up " + i));

            events.awaitRecords(Topics.MESSAGE_POSTED, caseId.toString(), 1);
            Duration took = Duration.between(committed, Instant.now());

            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "sent after " + took + "; the poll is an hour");
        }
    }

    @Test
    void withoutNotificationsThePollStillSends() {
        UUID caseId = UUID.randomUUID();
        relay.stop(null);
        try {
            DatabaseNotifications unavailable = replicas.notificationsUnavailable();
            assertFalse(unavailable.connected());
            replicas.start(10, Duration.ofMillis(300), unavailable);
            UUID eventId = publish(TestEventsOf.message(caseId, "found by the poll"));

            ConsumerRecord<String, String> sent = events.awaitRecords(Topics.MESSAGE_POSTED, caseId.toString(), 1)
                    .get(0);
            assertEquals(eventId.toString(), EventLog.header(sent, CloudEventHeaders.ID).orElseThrow());
        } finally {
            replicas.stopAll();
            relay.start(null);
        }
        Awaitility.await().atMost(EventLog.WAIT)
                .until(() -> TestDatabase.number(PENDING, keys(List.of(caseId))) == 0);
    }

    /** Writes message {@code from} to {@code to} ("seq-n"), round robin over the cases, one transaction each. */
    private void publishSequence(List<UUID> cases, int from, int to, Map<String, List<UUID>> eventIdsByCase) {
        for (int n = from; n <= to; n++) {
            UUID caseId = cases.get(n % cases.size());
            UUID eventId = publish(TestEventsOf.message(caseId, "seq-" + n));
            eventIdsByCase.computeIfAbsent(caseId.toString(), key -> new ArrayList<>()).add(eventId);
        }
    }

    private UUID publish(CaseEvent event) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> writes.publish(List.of(event))).get(0);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot publish " + event, e);
        }
    }

    private static String keys(List<UUID> cases) {
        return String.join(",", cases.stream().map(UUID::toString).toList());
    }
}
