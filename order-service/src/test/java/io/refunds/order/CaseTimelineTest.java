package io.refunds.order;

import static io.refunds.order.fixtures.CaseEvents.usd;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionMade;
import io.refunds.events.Money;
import io.refunds.events.Topics;
import io.refunds.order.fixtures.CaseEvents;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.restassured.response.ValidatableResponse;
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

/** Every other service's step lands on the case once, in order, through the one consumer; poison goes aside. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseTimelineTest {

    private static final Money PAID = usd(12_900);
    private static final String[] ORDER_GROUP_TOPICS = {Topics.CONVERSATION_OPENED, Topics.SELLER_UNRESPONSIVE,
        Topics.DISPUTE_OPENED, Topics.DECISION_MADE, Topics.REFUND_ISSUED, Topics.SETTLEMENT_AGREED};
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theTimelineShowsEveryServicesStepOnceInOrderWhateverOrderAndHowOftenTheyArrive() {
        Journey journey = refundedAfterADispute("b-timeline-1");

        readCase(journey.buyerId(), journey.caseId())
                .body("timeline.size()", equalTo(6))
                .body("timeline.actor", contains(journey.buyerId(), "system", "system", "system", "a-7", "system"));
    }

    @Test
    void theRefundIsCountedOnceOnTheCaseAndTheItem() {
        Journey journey = refundedAfterADispute("b-timeline-2");

        readCase(journey.buyerId(), journey.caseId()).body("amountRefunded.minorUnits", equalTo(8_000));
        OrderApi.buyer(journey.buyerId()).order(journey.orderId()).then()
                .body("items[0].refunded.minorUnits", equalTo(8_000));
    }

    @Test
    void aRefundedCaseWaitsForNoDeadline() {
        Journey journey = refundedAfterADispute("b-timeline-3");

        readCase(journey.buyerId(), journey.caseId()).body("nextDeadline", nullValue());
    }

    @Test
    void theConversationSetsTheSellersDeadline() {
        UUID caseId = OrderApi.buyer("b-deadline-1").newCase("s-deadline");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant sellerDeadline = now.plusSeconds(172_800);

        events.send(TestEvents.record(about(caseId, "b-deadline-1").conversationOpened(sellerDeadline, now)));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase("b-deadline-1", caseId)
                .body("status", equalTo("AWAITING_SELLER"))
                .body("nextDeadline.kind", equalTo("SELLER_RESPONSE"))
                .body("nextDeadline.at", equalTo(sellerDeadline.toString())));
    }

    @Test
    void aSettlementClearsTheSellersDeadline() {
        UUID caseId = OrderApi.buyer("b-deadline-2").newCase("s-deadline");
        CaseEvents about = about(caseId, "b-deadline-2");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        events.send(TestEvents.record(about.conversationOpened(now.plusSeconds(172_800), now)));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase("b-deadline-2", caseId)
                .body("nextDeadline.kind", equalTo("SELLER_RESPONSE")));

        events.send(TestEvents.record(about.settlement().partialRefund(CaseEvents.usd(3_000))
                .agreedAt(now.plusSeconds(60)).build()));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase("b-deadline-2", caseId)
                .body("status", equalTo("SETTLED"))
                .body("nextDeadline", nullValue())
                .body("timeline[2].actor", equalTo("b-deadline-2")));
    }

    @Test
    void unreadableRecordsGoToTheirTopicsDeadLetterTopic() {
        String poisonKey = "poison-" + UUID.randomUUID();

        events.send(raw(Topics.REFUND_ISSUED, poisonKey, "{not json", "refunds.RefundIssued.v1"));
        events.send(raw(Topics.REFUND_ISSUED, poisonKey, "{}", "refunds.RefundIssued.v9"));

        List<ConsumerRecord<String, String>> dead = events.awaitRecords(Topics.deadLetterTopicOf(Topics.REFUND_ISSUED),
                poisonKey, 2);
        assertTrue(EventLog.header(dead.get(0), "dead-letter-reason").orElseThrow().contains("JSON"));
        assertTrue(EventLog.header(dead.get(1), "dead-letter-reason").orElseThrow().contains("unsupported ce_type"));
    }

    @Test
    void aRefundAboveWhatWasPaidGoesToTheDeadLetterTopic() {
        UUID caseId = OrderApi.buyer("b-poison-1").newCase("s-poison");

        events.send(TestEvents.record(about(caseId, "b-poison-1").refund().amount(usd(12_901)).build()));

        ConsumerRecord<String, String> overRefund = events.awaitRecords(
                Topics.deadLetterTopicOf(Topics.REFUND_ISSUED), caseId.toString(), 1).get(0);
        assertTrue(EventLog.header(overRefund, "dead-letter-reason").orElseThrow().contains("exceed"));
    }

    @Test
    void theConsumerKeepsGoingPastPoisonAndImpossibleEvents() {
        UUID caseId = OrderApi.buyer("b-poison-2").newCase("s-poison");
        CaseEvents about = about(caseId, "b-poison-2");
        String poisonKey = "poison-" + UUID.randomUUID();

        events.send(raw(Topics.REFUND_ISSUED, poisonKey, "{not json", "refunds.RefundIssued.v1"));
        events.send(raw(Topics.REFUND_ISSUED, poisonKey, "{}", "refunds.RefundIssued.v9"));
        events.send(TestEvents.record(CaseEvents.about(UUID.randomUUID()).buyer("b-poison-2").refund().build()));
        events.send(TestEvents.record(about.refund().amount(usd(12_901)).build()));
        events.send(TestEvents.record(about.refund().amount(PAID).build()));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase("b-poison-2", caseId)
                .body("status", equalTo("REFUNDED"))
                .body("amountRefunded.minorUnits", equalTo(12_900)));
    }

    private record Journey(String buyerId, String orderId, UUID caseId) {
    }

    /**
     * The conversation, the seller's silence, the dispute, the decision (80.00 USD) and its refund, sent in the wrong
     * order and twice each; returns once the case shows all of them and the consumer has read every record.
     */
    private Journey refundedAfterADispute(String buyerId) {
        String orderId = OrderApi.platform().registerOrder(buyerId, "s-timeline");
        UUID caseId = OrderApi.buyer(buyerId).reportIssue(orderId);
        CaseEvents about = CaseEvents.about(caseId).order(orderId).buyer(buyerId).seller("s-timeline");
        UUID disputeId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant sellerDeadline = now.plusSeconds(10);
        DecisionMade decision = about.decision().dispute(disputeId).partialRefund(usd(8_000)).rationale("Scratches only")
                .decidedAt(now.plusSeconds(14)).build();
        List<ProducerRecord<String, String>> downstream = List.of(
                TestEvents.record(about.refund().forDecision(decision.decisionId()).amount(usd(8_000))
                        .issuedAt(now.plusSeconds(15)).build()),
                TestEvents.record(about.disputeOpened(disputeId, now.plusSeconds(3600), now.plusSeconds(12))),
                TestEvents.record(about.sellerUnresponsive(sellerDeadline, now.plusSeconds(11))),
                TestEvents.record(about.conversationOpened(sellerDeadline, now.plusSeconds(1))),
                TestEvents.record(decision));
        downstream.forEach(events::send);
        downstream.forEach(events::send);

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase(buyerId, caseId)
                .body("status", equalTo("REFUNDED"))
                .body("timeline.type", contains("IssueReported", "ConversationOpened", "SellerUnresponsive",
                        "DisputeOpened", "DecisionMade", "RefundIssued")));
        events.awaitConsumed("order-service", ORDER_GROUP_TOPICS);
        return new Journey(buyerId, orderId, caseId);
    }

    private static CaseEvents about(UUID caseId, String buyerId) {
        return CaseEvents.about(caseId).buyer(buyerId);
    }

    private static ProducerRecord<String, String> raw(String topic, String key, String body, String ceType) {
        return new ProducerRecord<>(topic, null, key, body, List.of(
                new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("ce_type", ceType.getBytes(StandardCharsets.UTF_8))));
    }

    private static ValidatableResponse readCase(String buyerId, UUID caseId) {
        return OrderApi.buyer(buyerId).caseView(caseId);
    }
}
