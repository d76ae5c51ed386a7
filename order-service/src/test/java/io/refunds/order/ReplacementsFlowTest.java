package io.refunds.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.events.ReplacementArrived;
import io.refunds.events.ReplacementOverdue;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.order.fixtures.CaseEvents;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.ServiceDatabase;
import io.refunds.order.fixtures.Requests;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exchanges and replacements on the real broker and database: the platform posts the new item's journey; delivered
 * (for a claim after delivery) it closes the case and the item may be claimed again; not there in time, the case is
 * overdue and a dispute reopens it; the outcome delivered twice awaits one replacement; only the platform posts it.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReplacementsFlowTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aDeliveredReplacementClosesTheCaseAndTheItemMayBeClaimedAgain() {
        String buyer = "b-rep-" + UUID.randomUUID();
        Settled settled = settledWithReplacement(buyer);
        String orderId = settled.orderId();
        UUID caseId = settled.caseId();
        UUID replacementId = settled.replacementId();

        OrderApi.buyer(buyer).request().get("/api/replacements/{id}", replacementId).then().statusCode(200)
                .body("status", equalTo("AWAITED")).body("arrivesAs", equalTo("DELIVERED"))
                .body("awaiting", containsString("DELIVERED by"));
        OrderApi.buyer(buyer).caseView(caseId).body("nextDeadline.kind", equalTo("REPLACEMENT"))
                .body("timeline.summary", hasItem(containsString("A replacement is on its way to you; awaited by")));
        OrderApi.buyer(buyer).report(Requests.report(orderId, OrderApi.RECENT).evidence(OrderApi.buyer(buyer)
                .uploadPhoto())).then().statusCode(409).body("rule", equalTo("OPEN_CASE_EXISTS"));

        Instant start = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
        step(replacementId, Map.of("step", "PURCHASED", "at", start.toString())).then().statusCode(200);
        step(replacementId, Map.of("step", "SELLER_SHIPPED", "tracking", "SF777", "at", start.plusSeconds(60)
                .toString())).then().statusCode(200).body("step", equalTo("SELLER_SHIPPED"));
        step(replacementId, Map.of("step", "PURCHASED")).then().statusCode(409)
                .body("rule", equalTo("JOURNEY_STEP_OUT_OF_ORDER"));
        step(replacementId, Map.of("step", "SHIPPED_ABROAD", "parcelId", "P-9", "carrier", "EMS", "tracking",
                "EE1", "at", start.plusSeconds(120).toString())).then().statusCode(200)
                .body("status", equalTo("AWAITED"));
        step(replacementId, Map.of("step", "DELIVERED")).then().statusCode(200).body("status", equalTo("ARRIVED"))
                .body("journey.parcelId", equalTo("P-9"));
        step(replacementId, Map.of("step", "DELIVERED")).then().statusCode(200);

        ReplacementArrived arrived = TestEvents.read(events.awaitRecords(Topics.REPLACEMENT_ARRIVED,
                caseId.toString(), 1).get(0).value(), ReplacementArrived.class);
        assertEquals("DELIVERED", arrived.arrivedAs());
        OrderApi.buyer(buyer).caseView(caseId).body("status", equalTo("CLOSED"))
                .body("timeline.summary", hasItem(containsString("The replacement was delivered; this case is"
                        + " closed")));
        assertEquals(1, events.recordsNow(Topics.REPLACEMENT_ARRIVED, caseId.toString()).size());
        OrderApi.buyer(buyer).reportIssue(orderId);
    }

    @Test
    void aReplacementThatNeverArrivesIsOverdueAndTheReopenedDisputeReopensTheCase() throws SQLException {
        String buyer = "b-rep-" + UUID.randomUUID();
        String orderId = OrderApi.platform().registerOrder(buyer, "s-rep");
        UUID caseId = OrderApi.buyer(buyer).reportIssue(orderId);
        CaseEvents kase = CaseEvents.about(caseId).order(orderId).buyer(buyer).seller("s-rep");
        DecisionMade decision = kase.decision().outcome(DecisionOutcome.REPLACEMENT, null).build();
        events.send(TestEvents.record(decision));
        UUID replacementId = awaitReplacement(buyer, caseId);
        OrderApi.buyer(buyer).caseView(caseId).body("status", equalTo("DECIDED"));

        Instant past = Instant.now().minusSeconds(60);
        ServiceDatabase.updateOne("update replacement set due_at = ? where id = ?", past, replacementId);
        ServiceDatabase.updateOne("update deadline set due_at = ? where kind = 'replacement-due' and subject = ?", past,
                replacementId.toString());

        ReplacementOverdue overdue = TestEvents.read(events.awaitRecords(Topics.REPLACEMENT_OVERDUE,
                caseId.toString(), 1).get(0).value(), ReplacementOverdue.class);
        assertEquals("decision:" + decision.decisionId(), overdue.cause());
        OrderApi.buyer(buyer).request().get("/api/replacements/{id}", replacementId).then().statusCode(200)
                .body("status", equalTo("OVERDUE"));
        OrderApi.buyer(buyer).caseView(caseId).body("timeline.summary", hasItem(containsString(
                "; a support agent will decide a refund instead")));

        events.send(TestEvents.record(kase.disputeOpened(UUID.randomUUID(), DisputeTrigger.REPLACEMENT_OVERDUE,
                Instant.now().plusSeconds(3_600), Instant.now())));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> OrderApi.buyer(buyer).caseView(caseId)
                .body("status", equalTo("IN_DISPUTE")));
        step(replacementId, Map.of("step", "DELIVERED")).then().statusCode(200).body("status", equalTo("OVERDUE"));
        assertEquals(0, events.recordsNow(Topics.REPLACEMENT_ARRIVED, caseId.toString()).size());
    }

    @Test
    void theOutcomeDeliveredTwiceAwaitsOneReplacement() {
        String buyer = "b-rep-" + UUID.randomUUID();
        String orderId = OrderApi.platform().registerOrder(buyer, "s-rep");
        UUID caseId = OrderApi.buyer(buyer).reportIssue(orderId);
        SettlementAgreed settlement = CaseEvents.about(caseId).order(orderId).buyer(buyer).seller("s-rep")
                .settlement().replacement().build();
        events.send(TestEvents.record(settlement));
        events.send(TestEvents.record(settlement));
        events.send(TestEvents.record(settlement, UUID.randomUUID()));
        awaitReplacement(buyer, caseId);
        events.awaitConsumed("order-service", Topics.SETTLEMENT_AGREED);

        OrderApi.buyer(buyer).request().queryParam("caseId", caseId).get("/api/replacements").then()
                .statusCode(200).body("$", hasSize(1));
    }

    @Test
    void onlyThePlatformPostsTheJourneyAndOnlyTheCasesPartiesAndStaffSeeIt() {
        String buyer = "b-rep-" + UUID.randomUUID();
        UUID replacementId = settledWithReplacement(buyer).replacementId();

        OrderApi.buyer(buyer).request().contentType(ContentType.JSON).body(Map.of("step", "PURCHASED"))
                .post("/api/replacements/{id}/journey", replacementId).then().statusCode(403);
        OrderApi.buyer("b-someone-else").request().get("/api/replacements/{id}", replacementId).then()
                .statusCode(404);
        OrderApi.seller("s-rep").request().get("/api/replacements/{id}", replacementId).then().statusCode(200);
        step(replacementId, Map.of("step", "SELLER_SHIPPED")).then().statusCode(400)
                .body("violations.field", hasItem("tracking"));
        step(replacementId, Map.of("step", "STOCKED_IN", "tracking", "X")).then().statusCode(400)
                .body("violations.field", hasItem("tracking"));
        step(replacementId, Map.of("step", "LOST")).then().statusCode(400);
        step(UUID.randomUUID(), Map.of("step", "PURCHASED")).then().statusCode(404);
    }

    private record Settled(String orderId, UUID caseId, UUID replacementId) {
    }

    /** A delivered item reported, then the seller's replacement accepted; returns once it is awaited. */
    private Settled settledWithReplacement(String buyer) {
        String orderId = OrderApi.platform().registerOrder(buyer, "s-rep");
        UUID caseId = OrderApi.buyer(buyer).reportIssue(orderId);
        events.send(TestEvents.record(CaseEvents.about(caseId).order(orderId).buyer(buyer).seller("s-rep")
                .settlement().replacement().build()));
        return new Settled(orderId, caseId, awaitReplacement(buyer, caseId));
    }

    private static Response step(UUID replacementId, Map<String, ?> body) {
        return OrderApi.platform().request().contentType(ContentType.JSON).body(body)
                .post("/api/replacements/{id}/journey", replacementId);
    }

    private static UUID awaitReplacement(String buyer, UUID caseId) {
        return Awaitility.await().atMost(EventLog.WAIT).until(() -> {
            List<String> ids = OrderApi.buyer(buyer).request().queryParam("caseId", caseId).get("/api/replacements")
                    .then().statusCode(200).extract().path("replacementId");
            return ids.isEmpty() ? null : UUID.fromString(ids.get(0));
        }, id -> id != null);
    }
}
