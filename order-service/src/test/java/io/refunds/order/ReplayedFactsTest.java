package io.refunds.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import io.refunds.events.RefundIssued;
import io.refunds.events.Remedy;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A decision, settlement or refund re-published under fresh event ids is the same fact: the timeline gets one line
 * for it and the case and item count its money once.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReplayedFactsTest {

    private static final Money PAID = Money.of(12_900, "USD");
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void factsRepublishedUnderNewEventIdsAddNoLineAndNoMoney() {
        String orderId = OrderFixtures.registerOrder("b-replay", "s-replay");
        UUID caseId = OrderFixtures.reportIssue("b-replay", orderId);
        Instant now = Instant.now();
        SettlementAgreed settlement = new SettlementAgreed(UUID.randomUUID(), caseId, UUID.randomUUID(), orderId,
                "i-1", "b-replay", "s-replay", Remedy.PARTIAL_REFUND, Money.of(700, "USD"), PAID, now, null);
        DecisionMade decision = new DecisionMade(UUID.randomUUID(), UUID.randomUUID(), caseId, orderId, "i-1",
                "b-replay", DecisionOutcome.PARTIAL_REFUND, Money.of(700, "USD"), PAID, null, "a-1", "Scratches",
                now.plusSeconds(1), "s-replay", null);
        RefundIssued refund = new RefundIssued(UUID.randomUUID(), caseId, null, settlement.settlementId(), "b-replay",
                Money.of(700, "USD"), "WALLET", now.plusSeconds(2));

        for (int copy = 0; copy < 3; copy++) {
            events.send(TestEvents.record(settlement));
            events.send(TestEvents.record(decision));
            events.send(TestEvents.record(refund));
        }

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase(caseId)
                .body("status", equalTo("REFUNDED")));
        events.awaitConsumed("order-service", Topics.SETTLEMENT_AGREED, Topics.DECISION_MADE, Topics.REFUND_ISSUED);
        List<String> types = readCase(caseId).body("amountRefunded.minorUnits", equalTo(700))
                .extract().path("timeline.type");
        assertEquals(1, types.stream().filter("SettlementAgreed"::equals).count(), types.toString());
        assertEquals(1, types.stream().filter("DecisionMade"::equals).count(), types.toString());
        assertEquals(1, types.stream().filter("RefundIssued"::equals).count(), types.toString());
        given().header("Authorization", Tokens.bearer("buyer", "b-replay")).get("/api/orders/" + orderId)
                .then().body("items[0].refunded.minorUnits", equalTo(700));
    }

    @Test
    void aDecisionWhoseRefundArrivedFirstStillSaysWhatItPays() {
        String orderId = OrderFixtures.registerOrder("b-replay", "s-order");
        UUID caseId = OrderFixtures.reportIssue("b-replay", orderId);
        UUID decisionId = UUID.randomUUID();
        Instant now = Instant.now();
        events.send(TestEvents.record(new RefundIssued(UUID.randomUUID(), caseId, decisionId, null, "b-replay",
                Money.of(700, "USD"), "WALLET", now.plusSeconds(2))));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase(caseId)
                .body("amountRefunded.minorUnits", equalTo(700)));

        events.send(TestEvents.record(new DecisionMade(decisionId, UUID.randomUUID(), caseId, orderId, "i-1",
                "b-replay", DecisionOutcome.PARTIAL_REFUND, Money.of(700, "USD"), PAID, null, "a-1", "Scratches",
                now.plusSeconds(1), "s-order", null)));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase(caseId)
                .body("timeline.find { it.type == 'DecisionMade' }.summary",
                        org.hamcrest.Matchers.containsString("7.00 USD will be refunded to you")));
    }

    private static io.restassured.response.ValidatableResponse readCase(UUID caseId) {
        return given().header("Authorization", Tokens.bearer("buyer", "b-replay")).get("/api/cases/" + caseId)
                .then().statusCode(200);
    }
}
