package io.refunds.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DisputeOpened;
import io.refunds.events.EventType;
import io.refunds.events.NegotiationClosed;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.TestEvents;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A settlement and a dispute exclude each other: once a dispute opened, offers and answers are refused (409 naming
 * it) and NegotiationClosed lets dispute-service decide; a settlement agreed before the dispute arrived is named in
 * the answer instead, so the dispute closes as settled.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DisputeExclusionTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aDisputeClosesTheNegotiationWithdrawsTheOpenOfferAndRefusesLateOffersAndAnswers() {
        UUID caseId = UUID.randomUUID();
        String conversation = Claims.openConversation(events, caseId, "b-excl", "s-excl");
        String offerId = offer("s-excl", conversation, 700).then().statusCode(201).extract().path("offerId");
        UUID disputeId = UUID.randomUUID();

        events.send(TestEvents.record(opened(disputeId, caseId, "b-excl", "s-excl")));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> conversation("b-excl", conversation)
                .body("status", equalTo("IN_DISPUTE")).body("offers[0].status", equalTo("WITHDRAWN")));
        offer("s-excl", conversation, 700).then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("DISPUTE_OPEN")).body("detail", containsString(disputeId.toString()));
        given().header("Authorization", Tokens.bearer("buyer", "b-excl"))
                .post("/api/conversations/" + conversation + "/offers/" + offerId + "/acceptance")
                .then().statusCode(409).body("rule", equalTo("DISPUTE_OPEN"));
        given().header("Authorization", Tokens.bearer("seller", "s-excl")).contentType(ContentType.JSON)
                .body(Map.of("reason", "no")).post("/api/conversations/" + conversation + "/decline")
                .then().statusCode(409).body("rule", equalTo("DISPUTE_OPEN"));

        ConsumerRecord<String, String> answer = events.awaitRecords(Topics.NEGOTIATION_CLOSED, caseId.toString(), 1)
                .get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.NEGOTIATION_CLOSED, answer.value()));
        NegotiationClosed closed = TestEvents.read(answer.value(), NegotiationClosed.class);
        assertEquals(disputeId, closed.disputeId());
        assertEquals(UUID.fromString(offerId), closed.withdrawnOfferId());
        assertNull(closed.settlementId());
        assertEquals(0, events.recordsNow(Topics.SETTLEMENT_AGREED, caseId.toString()).size());
    }

    @Test
    void aSettlementAgreedBeforeTheDisputeArrivedIsNamedInTheAnswer() {
        UUID caseId = UUID.randomUUID();
        String conversation = Claims.openConversation(events, caseId, "b-race", "s-race");
        String offerId = offer("s-race", conversation, 700).then().statusCode(201).extract().path("offerId");
        given().header("Authorization", Tokens.bearer("buyer", "b-race"))
                .post("/api/conversations/" + conversation + "/offers/" + offerId + "/acceptance")
                .then().statusCode(200);
        SettlementAgreed settlement = TestEvents.read(
                events.awaitRecords(Topics.SETTLEMENT_AGREED, caseId.toString(), 1).get(0).value(),
                SettlementAgreed.class);
        UUID disputeId = UUID.randomUUID();

        events.send(TestEvents.record(opened(disputeId, caseId, "b-race", "s-race")));

        NegotiationClosed closed = TestEvents.read(
                events.awaitRecords(Topics.NEGOTIATION_CLOSED, caseId.toString(), 1).get(0).value(),
                NegotiationClosed.class);
        assertEquals(settlement.settlementId(), closed.settlementId());
        assertEquals(disputeId, closed.disputeId());
        conversation("b-race", conversation).body("status", equalTo("SETTLED"));
    }

    private static DisputeOpened opened(UUID disputeId, UUID caseId, String buyerId, String sellerId) {
        Instant now = Instant.now();
        return new DisputeOpened(disputeId, caseId, "o-" + caseId, "i-1", buyerId, sellerId, "DEFECTIVE",
                DisputeOpened.DisputeTrigger.BUYER_ESCALATION, Claims.PAID, now.plusSeconds(3600), now);
    }

    private static Response offer(String sellerId, String conversation, long minorUnits) {
        return given().header("Authorization", Tokens.bearer("seller", sellerId)).contentType(ContentType.JSON)
                .body(Map.of("offerType", "PARTIAL_REFUND", "amount", Map.of("minorUnits", minorUnits,
                        "currency", "USD"))).post("/api/conversations/" + conversation + "/offers");
    }

    private static io.restassured.response.ValidatableResponse conversation(String buyerId, String conversation) {
        return given().header("Authorization", Tokens.bearer("buyer", buyerId))
                .get("/api/conversations/" + conversation).then().statusCode(200);
    }
}
