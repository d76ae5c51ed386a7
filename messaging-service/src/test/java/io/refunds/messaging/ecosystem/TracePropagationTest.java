package io.refunds.messaging.ecosystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.Topics;
import io.refunds.messaging.Claims;
import io.refunds.messaging.MessagingApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One trace follows a case: from an HTTP request or a consumed record, through the outbox, onto the next topic. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TracePropagationTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aConsumedEventsTraceContinuesIntoTheEventsItsHandlerAndItsDeadlinesPublish() {
        UUID caseId = UUID.randomUUID();
        String traceId = hex(16);
        String upstreamSpan = hex(8);
        ProducerRecord<String, String> claim = TestEvents.record(Claims.claim(caseId, "b-trace", "s-trace"));
        claim.headers().add("traceparent", ("00-" + traceId + "-" + upstreamSpan + "-01").getBytes(StandardCharsets.UTF_8));
        events.send(claim);

        ConsumerRecord<String, String> opened = events.awaitRecords(Topics.CONVERSATION_OPENED, caseId.toString(), 1)
                .get(0);
        String[] traceparent = traceparent(opened);
        assertEquals(traceId, traceparent[1], "ConversationOpened continues the claim's trace");
        assertNotEquals(upstreamSpan, traceparent[2], "its parent is the handler's own span");

        ConsumerRecord<String, String> silent = events.awaitRecords(Topics.SELLER_UNRESPONSIVE, caseId.toString(), 1)
                .get(0);
        assertEquals(traceId, traceparent(silent)[1], "the seller's deadline fires in the trace that set it");
    }

    @Test
    void anHttpRequestsTraceTravelsWithTheEventItCauses() {
        UUID caseId = UUID.randomUUID();
        String conversation = Claims.openConversation(events, caseId, "b-trace-http", "s-trace-http");
        String traceId = hex(16);

        MessagingApi.seller("s-trace-http").withHeader("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .post(conversation, "Sorry, sending a new one")
                .then().statusCode(201);

        ConsumerRecord<String, String> posted = events.awaitRecords(Topics.MESSAGE_POSTED, caseId.toString(), 1).get(0);
        assertEquals(traceId, traceparent(posted)[1], "MessagePosted carries the request's trace");
    }

    private static String[] traceparent(ConsumerRecord<String, String> record) {
        String value = EventLog.header(record, "traceparent")
                .orElseThrow(() -> new AssertionError("no traceparent header on " + record.topic()));
        String[] parts = value.split("-");
        assertEquals(4, parts.length, value);
        return parts;
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1;
        return HexFormat.of().formatHex(random);
    }
}
