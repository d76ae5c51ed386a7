package io.refunds.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.ConversationOpened;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.DisputeOpened;
import io.refunds.events.Money;
import io.refunds.events.RefundIssued;
import io.refunds.events.Remedy;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private static final String[] ORDER_GROUP_TOPICS = {Topics.CONVERSATION_OPENED, Topics.SELLER_UNRESPONSIVE,
        Topics.DISPUTE_OPENED, Topics.DECISION_MADE, Topics.REFUND_ISSUED, Topics.SETTLEMENT_AGREED};
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theTimelineShowsEveryServicesStepOnceInOrderWhateverOrderAndHowOftenTheyArrive() {
        String orderId = OrderFixtures.registerOrder("b-timeline", "s-timeline");
        UUID caseId = OrderFixtures.reportIssue("b-timeline", orderId);
        UUID disputeId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant sellerDeadline = now.plusSeconds(10);
        Instant decisionDue = now.plusSeconds(3600);
        List<ProducerRecord<String, String>> downstream = List.of(
                TestEvents.record(new RefundIssued(UUID.randomUUID(), caseId, decisionId, null, "b-timeline",
                        Money.of(8_000, "USD"), "WALLET", now.plusSeconds(15))),
                TestEvents.record(new DisputeOpened(disputeId, caseId, orderId, "i-1", "b-timeline", "s-timeline",
                        "DEFECTIVE", DisputeOpened.DisputeTrigger.SELLER_UNRESPONSIVE, PAID, decisionDue,
                        now.plusSeconds(12))),
                TestEvents.record(new SellerUnresponsive(caseId, UUID.randomUUID(), orderId, "i-1", "b-timeline",
                        "s-timeline", "DEFECTIVE", PAID, sellerDeadline, now.plusSeconds(11))),
                TestEvents.record(new ConversationOpened(caseId, UUID.randomUUID(), "b-timeline", "s-timeline",
                        sellerDeadline, now.plusSeconds(1))),
                TestEvents.record(new DecisionMade(decisionId, disputeId, caseId, orderId, "i-1", "b-timeline",
                        DecisionOutcome.PARTIAL_REFUND, Money.of(8_000, "USD"), PAID, null, "a-7",
                        "Scratches only", now.plusSeconds(14), "s-1", null)));
        downstream.forEach(events::send);
        downstream.forEach(events::send);

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase("b-timeline", caseId)
                .body("status", equalTo("REFUNDED"))
                .body("timeline.type", contains("IssueReported", "ConversationOpened", "SellerUnresponsive",
                        "DisputeOpened", "DecisionMade", "RefundIssued")));
        events.awaitConsumed("order-service", ORDER_GROUP_TOPICS);
        readCase("b-timeline", caseId)
                .body("timeline.size()", equalTo(6))
                .body("timeline.actor", contains("b-timeline", "system", "system", "system", "a-7", "system"))
                .body("amountRefunded.minorUnits", equalTo(8_000))
                .body("nextDeadline", nullValue());
        given().header("Authorization", Tokens.bearer("buyer", "b-timeline")).get("/api/orders/" + orderId)
                .then().body("items[0].refunded.minorUnits", equalTo(8_000));
    }

    @Test
    void theNextDeadlineFollowsTheCasesCurrentStage() {
        String orderId = OrderFixtures.registerOrder("b-deadline", "s-deadline");
        UUID caseId = OrderFixtures.reportIssue("b-deadline", orderId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant sellerDeadline = now.plusSeconds(172_800);
        events.send(TestEvents.record(new ConversationOpened(caseId, UUID.randomUUID(), "b-deadline", "s-deadline",
                sellerDeadline, now)));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase("b-deadline", caseId)
                .body("status", equalTo("AWAITING_SELLER"))
                .body("nextDeadline.kind", equalTo("SELLER_RESPONSE"))
                .body("nextDeadline.at", equalTo(sellerDeadline.toString())));

        events.send(TestEvents.record(new SettlementAgreed(UUID.randomUUID(), caseId, UUID.randomUUID(), orderId, "i-1",
                "b-deadline", "s-deadline", Remedy.REPLACEMENT, null, PAID, now.plusSeconds(60), null)));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase("b-deadline", caseId)
                .body("status", equalTo("SETTLED"))
                .body("nextDeadline", nullValue())
                .body("timeline[2].actor", equalTo("b-deadline")));
    }

    @Test
    void poisonAndImpossibleEventsGoToTheDeadLetterTopicAndTheConsumerKeepsGoing() {
        String orderId = OrderFixtures.registerOrder("b-poison", "s-poison");
        UUID caseId = OrderFixtures.reportIssue("b-poison", orderId);
        String poisonKey = "poison-" + UUID.randomUUID();
        events.send(raw(Topics.REFUND_ISSUED, poisonKey, "{not json", "refunds.RefundIssued.v1"));
        events.send(raw(Topics.REFUND_ISSUED, poisonKey, "{}", "refunds.RefundIssued.v9"));
        events.send(TestEvents.record(new RefundIssued(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
                "b-poison", PAID, "WALLET", Instant.now())));
        events.send(TestEvents.record(new RefundIssued(UUID.randomUUID(), caseId, UUID.randomUUID(), null,
                "b-poison", Money.of(12_901, "USD"), "WALLET", Instant.now())));
        events.send(TestEvents.record(new RefundIssued(UUID.randomUUID(), caseId, UUID.randomUUID(), null,
                "b-poison", PAID, "WALLET", Instant.now())));

        List<ConsumerRecord<String, String>> dead = events.awaitRecords(Topics.deadLetterTopicOf(Topics.REFUND_ISSUED),
                poisonKey, 2);
        assertTrue(EventLog.header(dead.get(0), "dead-letter-reason").orElseThrow().contains("JSON"));
        assertTrue(EventLog.header(dead.get(1), "dead-letter-reason").orElseThrow().contains("unsupported ce_type"));
        ConsumerRecord<String, String> overRefund = events.awaitRecords(
                Topics.deadLetterTopicOf(Topics.REFUND_ISSUED), caseId.toString(), 1).get(0);
        assertTrue(EventLog.header(overRefund, "dead-letter-reason").orElseThrow().contains("exceed"));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase("b-poison", caseId)
                .body("status", equalTo("REFUNDED"))
                .body("amountRefunded.minorUnits", equalTo(12_900)));
    }

    private static ProducerRecord<String, String> raw(String topic, String key, String body, String ceType) {
        return new ProducerRecord<>(topic, null, key, body, List.of(
                new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("ce_type", ceType.getBytes(StandardCharsets.UTF_8))));
    }

    private static io.restassured.response.ValidatableResponse readCase(String buyerId, UUID caseId) {
        return given().header("Authorization", Tokens.bearer("buyer", buyerId))
                .when().get("/api/cases/" + caseId).then().statusCode(200);
    }
}
