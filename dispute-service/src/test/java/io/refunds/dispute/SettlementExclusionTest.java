package io.refunds.dispute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.ConversationOpened;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.NegotiationClosed;
import io.refunds.events.OfferMade;
import io.refunds.events.RefundIssued;
import io.refunds.events.Remedy;
import io.refunds.events.SellerDeclined;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aDirectDisputeIsDecidedOnlyOnceTheNegotiationIsClosed() {
        UUID caseId = UUID.randomUUID();
        String disputeId = escalateAfterDecline(caseId, "b-wait", "s-wait");
        claim(disputeId);

        decide(disputeId).then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("NEGOTIATION_CLOSING"));
        events.send(TestEvents.record(new NegotiationClosed(caseId, UUID.randomUUID(), UUID.fromString(disputeId),
                null, null, Instant.now())));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> decide(disputeId).then().statusCode(201));
    }

    @Test
    void aSettlementNamedInTheAnswerClosesTheDisputeAsSettledAndItIsNeverDecided() {
        UUID caseId = UUID.randomUUID();
        String disputeId = escalateAfterDecline(caseId, "b-settled", "s-settled");
        UUID settlementId = UUID.randomUUID();

        events.send(TestEvents.record(new NegotiationClosed(caseId, UUID.randomUUID(), UUID.fromString(disputeId),
                null, settlementId, Instant.now())));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> dispute(disputeId)
                .body("status", equalTo("SETTLED")).body("settlementId", equalTo(settlementId.toString())));
        claim(disputeId).then().statusCode(409);
        decide(disputeId).then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("agent", "a-1")).queryParam("status", "OPEN")
                .queryParam("caseId", caseId).get("/api/disputes").then().body("", org.hamcrest.Matchers.hasSize(0));
        assertEquals(0, events.recordsNow(Topics.DECISION_MADE, caseId.toString()).size());
    }

    @Test
    void theQueueShowsTheItemAndTheBuyerAndTheCountsAgreeWithTheQueues() {
        UUID caseId = UUID.randomUUID();
        String disputeId = escalateAfterDecline(caseId, "b-queue", "s-queue");

        given().header("Authorization", Tokens.bearer("agent", "a-1")).queryParam("caseId", caseId)
                .get("/api/disputes").then().statusCode(200)
                .body("[0].itemTitle", equalTo("Wireless earbuds")).body("[0].buyerId", equalTo("b-queue"));
        dispute(disputeId).body("itemTitle", equalTo("Wireless earbuds"));
        Map<String, Object> stats = given().header("Authorization", Tokens.bearer("agent", "a-1"))
                .get("/api/disputes/stats").then().statusCode(200).extract().as(Map.class);
        assertEquals(queueLength("OPEN"), ((Number) stats.get("open")).intValue(), "open = the OPEN queue");
        assertEquals(queueLength("APPEALED"), ((Number) stats.get("appealed")).intValue(), "appealed = that queue");
    }

    @Test
    void aFactRepublishedUnderANewEventIdIsShownAndCountedOnce() {
        UUID caseId = UUID.randomUUID();
        String disputeId = escalateAfterDecline(caseId, "b-replay", "s-replay");
        OfferMade offer = new OfferMade(caseId, UUID.randomUUID(), UUID.randomUUID(), "s-replay",
                Remedy.PARTIAL_REFUND, Money.of(700, "USD"), PAID, null, Instant.now());
        RefundIssued refund = new RefundIssued(UUID.randomUUID(), caseId, UUID.randomUUID(), null, "b-replay",
                Money.of(700, "USD"), "WALLET", Instant.now());
        long refundedBefore = refundedToday();

        for (int copy = 0; copy < 3; copy++) {
            events.send(TestEvents.record(offer));
            events.send(TestEvents.record(refund));
        }

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> assertEquals(refundedBefore + 1, refundedToday()));
        events.awaitGroupConsumed("dispute-service.offer-made.case-file", Topics.OFFER_MADE);
        events.awaitGroupConsumed("dispute-service.dashboard", Topics.REFUND_ISSUED);
        List<String> types = dispute(disputeId).extract().path("caseFile.entries.type");
        assertEquals(1, types.stream().filter("OfferMade"::equals).count(), types.toString());
        assertEquals(refundedBefore + 1, refundedToday(), "the dashboard stream stored the refund once");
    }

    private String escalateAfterDecline(UUID caseId, String buyerId, String sellerId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID conversationId = UUID.randomUUID();
        events.send(TestEvents.record(new IssueReported(caseId, "o-" + caseId, "i-1", "Wireless earbuds", buyerId,
                sellerId, "DEFECTIVE", "No sound", Remedy.FULL_REFUND, PAID, PAID, List.of(), List.of(), now, null)));
        events.send(TestEvents.record(new ConversationOpened(caseId, conversationId, buyerId, sellerId,
                now.plus(Duration.ofHours(48)), now.plusMillis(1))));
        events.send(TestEvents.record(new SellerDeclined(caseId, conversationId, sellerId, "No", now.plusMillis(2))));
        return Awaitility.await().atMost(EventLog.WAIT).until(() -> given()
                .header("Authorization", Tokens.bearer("buyer", buyerId)).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId)).post("/api/disputes").then().extract().<String>path("disputeId"),
                id -> id != null);
    }

    private static Response claim(String disputeId) {
        return given().header("Authorization", Tokens.bearer("agent", "a-1"))
                .post("/api/disputes/" + disputeId + "/assignment");
    }

    private static Response decide(String disputeId) {
        return given().header("Authorization", Tokens.bearer("agent", "a-1")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "FULL_REFUND", "rationale", "The photos show the fault"))
                .post("/api/disputes/" + disputeId + "/decision");
    }

    private static io.restassured.response.ValidatableResponse dispute(String disputeId) {
        return given().header("Authorization", Tokens.bearer("agent", "a-1")).get("/api/disputes/" + disputeId)
                .then().statusCode(200);
    }

    private static int queueLength(String status) {
        return given().header("Authorization", Tokens.bearer("agent", "a-1")).queryParam("status", status)
                .get("/api/disputes").then().statusCode(200).extract().<List<?>>path("").size();
    }

    private static long refundedToday() {
        return given().header("Authorization", Tokens.bearer("agent", "a-1")).get("/api/disputes/stats")
                .then().statusCode(200).extract().<Number>path("refundedToday").longValue();
    }
}
