package io.refunds.dispute;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.consumer.DisputeConsumer;
import io.refunds.dispute.dashboard.DashboardChannels;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DecisionBody;
import io.refunds.dispute.support.DisputeApi;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.dispute.support.QueueFilter;
import io.refunds.events.Money;
import io.refunds.events.OfferMade;
import io.refunds.events.RefundIssued;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A dispute the buyer opens directly waits for messaging-service's answer before it may be decided: the negotiation
 * closed (decide), or it had already ended in a settlement (the dispute closes as settled and is never decided).
 * The queue shows the item and the buyer, the counts agree with the queues, and a fact re-published under a new event
 * id is shown and counted once.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SettlementExclusionTest {

    private static final Money PAID = Money.of(1_400, "USD");
    private static final DisputeApi AGENT = DisputeFlows.AGENT;
    private static final DecisionBody FAULT = DecisionBody.fullRefund("The photos show the fault");

    private final EventLog events = new EventLog();
    private final DisputeFlows flows = new DisputeFlows(events);

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aDirectDisputeIsNotDecidedBeforeTheNegotiationCloses() {
        String disputeId = flows.escalatedAfterDecline(newCase("b-wait", "s-wait"));
        AGENT.claim(disputeId);
        AGENT.decide(disputeId, FAULT).then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("NEGOTIATION_CLOSING"));
    }

    @Test
    void aDirectDisputeIsDecidedOnceTheNegotiationClosed() {
        CaseEvents kase = newCase("b-wait", "s-wait");
        String disputeId = flows.escalatedAfterDecline(kase);
        AGENT.claim(disputeId);
        events.send(TestEvents.record(kase.negotiationClosed(disputeId)));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> AGENT.decide(disputeId, FAULT)
                .then().statusCode(201));
    }

    @Test
    void aSettlementNamedInTheAnswerClosesTheDisputeAsSettled() {
        CaseEvents kase = newCase("b-settled", "s-settled");
        String disputeId = flows.escalatedAfterDecline(kase);
        UUID settlementId = settled(kase, disputeId);
        dispute(disputeId).body("status", equalTo("SETTLED")).body("settlementId", equalTo(settlementId.toString()));
    }

    @Test
    void aSettledDisputeLeavesTheOpenQueue() {
        CaseEvents kase = newCase("b-settled", "s-settled");
        settled(kase, flows.escalatedAfterDecline(kase));
        AGENT.queue(QueueFilter.ofCase(kase.caseId()).status("OPEN")).then().body("", hasSize(0));
    }

    @Test
    void aSettledDisputeCannotBeClaimed() {
        CaseEvents kase = newCase("b-settled", "s-settled");
        String disputeId = flows.escalatedAfterDecline(kase);
        settled(kase, disputeId);
        AGENT.claim(disputeId).then().statusCode(409);
    }

    @Test
    void aSettledDisputeIsNeverDecided() {
        CaseEvents kase = newCase("b-settled", "s-settled");
        String disputeId = flows.escalatedAfterDecline(kase);
        settled(kase, disputeId);
        AGENT.decide(disputeId, FAULT).then().statusCode(409).contentType("application/problem+json");
        assertEquals(0, events.recordsNow(Topics.DECISION_MADE, kase.caseId().toString()).size());
    }

    @Test
    void theQueueShowsTheItemAndTheBuyer() {
        CaseEvents kase = newCase("b-queue", "s-queue");
        flows.escalatedAfterDecline(kase);
        AGENT.queue(QueueFilter.ofCase(kase.caseId())).then().statusCode(200)
                .body("[0].itemTitle", equalTo("Wireless earbuds")).body("[0].buyerId", equalTo("b-queue"));
    }

    @Test
    void theDisputeShowsTheItem() {
        String disputeId = flows.escalatedAfterDecline(newCase("b-queue", "s-queue"));
        dispute(disputeId).body("itemTitle", equalTo("Wireless earbuds"));
    }

    @Test
    void theCountsAgreeWithTheQueues() {
        flows.escalatedAfterDecline(newCase("b-queue", "s-queue"));
        Map<?, ?> stats = AGENT.stats().then().statusCode(200).extract().as(Map.class);
        assertEquals(queueLength("OPEN"), ((Number) stats.get("open")).intValue(), "open = the OPEN queue");
        assertEquals(queueLength("APPEALED"), ((Number) stats.get("appealed")).intValue(), "appealed = that queue");
    }

    @Test
    void anOfferRepublishedUnderANewEventIdIsOneCaseFileEntry() {
        CaseEvents kase = newCase("b-replay", "s-replay");
        String disputeId = flows.escalatedAfterDecline(kase);
        OfferMade offer = kase.partialRefundOffered(UUID.randomUUID(), Money.of(700, "USD"), Instant.now());
        for (int copy = 0; copy < 3; copy++) {
            events.send(TestEvents.record(offer));
        }

        events.awaitConsumed(DisputeConsumer.GROUP, Topics.OFFER_MADE);
        List<String> types = dispute(disputeId).extract().path("caseFile.entries.type");
        assertEquals(1, types.stream().filter("OfferMade"::equals).count(), types.toString());
    }

    @Test
    void aRefundRepublishedUnderANewEventIdIsCountedOnce() {
        CaseEvents kase = newCase("b-replay", "s-replay");
        flows.escalatedAfterDecline(kase);
        RefundIssued refund = kase.refundIssued(Money.of(700, "USD"));
        long refundedBefore = refundedToday();
        for (int copy = 0; copy < 3; copy++) {
            events.send(TestEvents.record(refund));
        }

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> assertEquals(refundedBefore + 1, refundedToday()));
        events.awaitGroupConsumed(DashboardChannels.GROUP, Topics.REFUND_ISSUED);
        assertEquals(refundedBefore + 1, refundedToday(), "the dashboard stream stored the refund once");
    }

    private static CaseEvents newCase(String buyerId, String sellerId) {
        return CaseEvents.newCase(buyerId, sellerId).paid(PAID);
    }

    /** messaging-service answers that the buyer had already accepted an offer; returns the settlement's id. */
    private UUID settled(CaseEvents kase, String disputeId) {
        UUID settlementId = UUID.randomUUID();
        events.send(TestEvents.record(kase.negotiationClosed(disputeId, settlementId)));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> dispute(disputeId)
                .body("status", equalTo("SETTLED")));
        return settlementId;
    }

    private static ValidatableResponse dispute(String disputeId) {
        return AGENT.find(disputeId).then().statusCode(200);
    }

    private static int queueLength(String status) {
        return AGENT.queue(QueueFilter.withStatus(status)).then().statusCode(200).extract().<List<?>>path("").size();
    }

    private static long refundedToday() {
        return AGENT.stats().then().statusCode(200).extract().<Number>path("refundedToday").longValue();
    }
}
