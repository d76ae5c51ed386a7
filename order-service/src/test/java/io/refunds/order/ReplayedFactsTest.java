package io.refunds.order;

import static io.refunds.order.fixtures.CaseEvents.usd;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionMade;
import io.refunds.events.RefundIssued;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.order.fixtures.CaseEvents;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.restassured.response.ValidatableResponse;
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

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void factsRepublishedUnderNewEventIdsAddNoLine() {
        Replayed replayed = settledDecidedAndRefundedThreeTimes("s-replay-1");

        List<String> types = readCase(replayed.caseId()).extract().path("timeline.type");
        assertEquals(1, types.stream().filter("SettlementAgreed"::equals).count(), types.toString());
        assertEquals(1, types.stream().filter("DecisionMade"::equals).count(), types.toString());
        assertEquals(1, types.stream().filter("RefundIssued"::equals).count(), types.toString());
    }

    @Test
    void aRefundRepublishedUnderNewEventIdsIsCountedOnce() {
        Replayed replayed = settledDecidedAndRefundedThreeTimes("s-replay-2");

        readCase(replayed.caseId()).body("amountRefunded.minorUnits", equalTo(700));
        OrderApi.buyer("b-replay").order(replayed.orderId()).then().body("items[0].refunded.minorUnits", equalTo(700));
    }

    @Test
    void aDecisionWhoseRefundArrivedFirstStillSaysWhatItPays() {
        UUID caseId = OrderApi.buyer("b-replay").newCase("s-order");
        CaseEvents about = CaseEvents.about(caseId).buyer("b-replay").seller("s-order");
        UUID decisionId = UUID.randomUUID();
        Instant now = Instant.now();
        events.send(TestEvents.record(about.refund().forDecision(decisionId).amount(usd(700))
                .issuedAt(now.plusSeconds(2)).build()));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase(caseId)
                .body("amountRefunded.minorUnits", equalTo(700)));

        events.send(TestEvents.record(about.decision().id(decisionId).partialRefund(usd(700)).by("a-1")
                .rationale("Scratches").decidedAt(now.plusSeconds(1)).build()));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase(caseId)
                .body("timeline.find { it.type == 'DecisionMade' }.summary",
                        org.hamcrest.Matchers.containsString("7.00 USD will be refunded to you")));
    }

    private record Replayed(String orderId, UUID caseId) {
    }

    /**
     * A settlement of 7.00 USD, a decision of the same and the settlement's refund, each sent three times under fresh
     * event ids; returns once the consumer has read them all.
     */
    private Replayed settledDecidedAndRefundedThreeTimes(String sellerId) {
        String orderId = OrderApi.platform().registerOrder("b-replay", sellerId);
        UUID caseId = OrderApi.buyer("b-replay").reportIssue(orderId);
        CaseEvents about = CaseEvents.about(caseId).order(orderId).buyer("b-replay").seller(sellerId);
        Instant now = Instant.now();
        SettlementAgreed settlement = about.settlement().partialRefund(usd(700)).agreedAt(now).build();
        DecisionMade decision = about.decision().partialRefund(usd(700)).by("a-1").rationale("Scratches")
                .decidedAt(now.plusSeconds(1)).build();
        RefundIssued refund = about.refund().forSettlement(settlement.settlementId()).amount(usd(700))
                .issuedAt(now.plusSeconds(2)).build();

        for (int copy = 0; copy < 3; copy++) {
            events.send(TestEvents.record(settlement));
            events.send(TestEvents.record(decision));
            events.send(TestEvents.record(refund));
        }

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> readCase(caseId)
                .body("status", equalTo("REFUNDED")));
        events.awaitConsumed("order-service", Topics.SETTLEMENT_AGREED, Topics.DECISION_MADE, Topics.REFUND_ISSUED);
        return new Replayed(orderId, caseId);
    }

    private static ValidatableResponse readCase(UUID caseId) {
        return OrderApi.buyer("b-replay").caseView(caseId);
    }
}
