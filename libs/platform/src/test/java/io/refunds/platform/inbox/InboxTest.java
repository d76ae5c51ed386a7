package io.refunds.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.EventType;
import io.refunds.events.MessagePosted;
import io.refunds.events.Topics;
import io.refunds.platform.testapp.Applied;
import io.refunds.platform.testapp.PoisonRecords;
import io.refunds.platform.testapp.TestEventsOf;
import io.refunds.platform.testapp.TestHandlers;
import io.refunds.testing.EventLog;
import io.refunds.testing.Metrics;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The inbox on the real broker and database: duplicates by event id and by business key skipped, poison dead-lettered. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class InboxTest {

    private static final String GROUP = "platform-test";
    private static final String DEAD_LETTERED = "refunds_dead_lettered_total";

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aRedeliveredEventIdIsAppliedOnce() {
        UUID caseId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        MessagePosted message = TestEventsOf.message(caseId, "said once, delivered twice");

        events.send(TestEvents.record(message, eventId));
        events.send(TestEvents.record(message, eventId));
        events.awaitConsumed(GROUP, Topics.MESSAGE_POSTED);

        assertEquals(List.of(eventId.toString()), Applied.eventIds(TestHandlers.MESSAGES, caseId));
    }

    @Test
    void theSameFactRepublishedUnderANewEventIdIsAppliedOnce() {
        UUID caseId = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        MessagePosted message = TestEventsOf.message(caseId, "one message, two event ids");

        events.send(TestEvents.record(message, first));
        events.send(TestEvents.record(message, UUID.randomUUID()));
        events.awaitConsumed(GROUP, Topics.MESSAGE_POSTED);

        assertEquals(List.of(first.toString()), Applied.eventIds(TestHandlers.MESSAGES, caseId),
                "the second event id carries the same business key (the message id): skipped");
    }

    @Test
    void anotherFactOfTheSameCaseIsApplied() {
        UUID caseId = UUID.randomUUID();

        events.send(TestEvents.record(TestEventsOf.message(caseId, "first")));
        events.send(TestEvents.record(TestEventsOf.message(caseId, "second")));
        events.awaitConsumed(GROUP, Topics.MESSAGE_POSTED);

        assertEquals(List.of("first", "second"), Applied.details(TestHandlers.MESSAGES, caseId));
    }

    @Test
    void aPoisonRecordGoesToItsTopicsDeadLetterTopicWithTheReason() {
        String caseId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String body = "{\"caseId\": \"not closed";
        Map<String, String> labels = Map.of("topic", Topics.MESSAGE_POSTED, "reason", "poison");
        double before = Metrics.value(DEAD_LETTERED, labels).orElse(0);

        events.send(PoisonRecords.of(Topics.MESSAGE_POSTED, EventType.MESSAGE_POSTED.ceType(), caseId, eventId, body));

        ConsumerRecord<String, String> dead = events.awaitRecords(Topics.MESSAGE_POSTED + ".dlq", caseId, 1).get(0);
        assertEquals(body, dead.value());
        assertEquals(eventId, EventLog.header(dead, "ce_id").orElseThrow(), "the record as it came, headers and all");
        assertEquals(Topics.MESSAGE_POSTED, EventLog.header(dead, "dead-letter-topic").orElseThrow());
        assertEquals(PoisonMessageException.class.getName(),
                EventLog.header(dead, "dead-letter-exception-class-name").orElseThrow());
        String reason = EventLog.header(dead, "dead-letter-reason").orElseThrow();
        assertTrue(reason.contains("malformed JSON"), reason);
        events.awaitConsumed(GROUP, Topics.MESSAGE_POSTED);
        assertEquals(before + 1, Metrics.value(DEAD_LETTERED, labels).orElse(0));
        assertEquals(List.of(), Applied.eventIds(TestHandlers.MESSAGES, UUID.fromString(caseId)));
    }

    @Test
    void aRecordOfAnUnknownVersionIsPoison() {
        String caseId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();

        events.send(PoisonRecords.of(Topics.MESSAGE_POSTED, "refunds.MessagePosted.v9", caseId, eventId, "{}"));

        ConsumerRecord<String, String> dead = events.awaitRecords(Topics.MESSAGE_POSTED + ".dlq", caseId, 1).get(0);
        assertEquals(eventId, EventLog.header(dead, "ce_id").orElseThrow());
        String reason = EventLog.header(dead, "dead-letter-reason").orElseThrow();
        assertTrue(reason.contains("unsupported ce_type refunds.MessagePosted.v9"), reason);
    }
}
