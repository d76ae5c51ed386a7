package io.refunds.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.DisputeOpened;
import io.refunds.events.Money;
import io.refunds.events.RefundIssued;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseTimelineTest {

    private static final Money PAID = Money.of(12_900, "USD");
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theTimelineShowsEveryStepOnceEvenWhenEventsAreRedeliveredOutOfOrder() {
        String orderId = OrderFixtures.registerOrder("b-timeline", "s-timeline");
        UUID caseId = OrderFixtures.reportIssue("b-timeline", orderId);
        UUID disputeId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        Instant now = Instant.now();
        List<ProducerRecord<String, String>> downstream = List.of(
                TestEvents.record(new RefundIssued(UUID.randomUUID(), caseId, decisionId, null, "b-timeline", PAID,
                        "WALLET", now.plusSeconds(3))),
                TestEvents.record(new SellerUnresponsive(caseId, UUID.randomUUID(), orderId, "i-1", "b-timeline",
                        "s-timeline", "DEFECTIVE", PAID, now, now)),
                TestEvents.record(new DecisionMade(decisionId, disputeId, caseId, orderId, "i-1", "b-timeline",
                        DecisionOutcome.FULL_REFUND, PAID, PAID, null, "a-1", "Photos show the fault",
                        now.plusSeconds(2))),
                TestEvents.record(new DisputeOpened(disputeId, caseId, orderId, "i-1", "b-timeline", "s-timeline",
                        "DEFECTIVE", DisputeOpened.DisputeTrigger.SELLER_UNRESPONSIVE, PAID, now.plusSeconds(3600),
                        now.plusSeconds(1))));
        downstream.forEach(events::send);
        downstream.forEach(events::send);

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase("b-timeline", caseId)
                .body("status", equalTo("REFUNDED"))
                .body("timeline.type", contains("IssueReported", "SellerUnresponsive", "DisputeOpened",
                        "DecisionMade", "RefundIssued")));
        events.awaitConsumed("order-service", Topics.SELLER_UNRESPONSIVE, Topics.DISPUTE_OPENED,
                Topics.DECISION_MADE, Topics.REFUND_ISSUED);
        readCase("b-timeline", caseId).body("timeline.size()", equalTo(5));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() {
        String orderId = OrderFixtures.registerOrder("b-poison", "s-poison");
        UUID caseId = OrderFixtures.reportIssue("b-poison", orderId);
        String poisonKey = "poison-" + UUID.randomUUID();
        ProducerRecord<String, String> malformed = new ProducerRecord<>(Topics.REFUND_ISSUED, null, poisonKey,
                "{not json", List.of(
                        new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)),
                        new RecordHeader("ce_type", "refunds.RefundIssued.v1".getBytes(StandardCharsets.UTF_8))));
        ProducerRecord<String, String> unknownVersion = new ProducerRecord<>(Topics.REFUND_ISSUED, null, poisonKey,
                "{}", List.of(
                        new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)),
                        new RecordHeader("ce_type", "refunds.RefundIssued.v9".getBytes(StandardCharsets.UTF_8))));
        events.send(malformed);
        events.send(unknownVersion);
        events.send(TestEvents.record(new RefundIssued(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
                "b-poison", PAID, "WALLET", Instant.now())));
        events.send(TestEvents.record(new RefundIssued(UUID.randomUUID(), caseId, UUID.randomUUID(), null,
                "b-poison", PAID, "WALLET", Instant.now())));

        List<ConsumerRecord<String, String>> dead = events.awaitRecords(Topics.deadLetterTopicOf(Topics.REFUND_ISSUED),
                poisonKey, 2);
        assertTrue(EventLog.header(dead.get(0), "dead-letter-reason").orElseThrow().contains("JSON"));
        assertTrue(EventLog.header(dead.get(1), "dead-letter-reason").orElseThrow().contains("unsupported ce_type"));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase("b-poison", caseId)
                .body("status", equalTo("REFUNDED")));
        assertEquals(1, events.awaitRecords(Topics.REFUND_ISSUED + ".dlq", poisonKey, 2).stream()
                .map(record -> record.value()).filter("{}"::equals).count());
    }

    private static io.restassured.response.ValidatableResponse readCase(String buyerId, UUID caseId) {
        return given().header("Authorization", Tokens.bearer("buyer", buyerId))
                .when().get("/api/cases/" + caseId).then().statusCode(200);
    }
}
