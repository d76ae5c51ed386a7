package io.refunds.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;


import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.BuyerEscalated;
import io.refunds.events.EventType;
import io.refunds.events.MessagePosted;
import io.refunds.events.Money;
import io.refunds.events.OfferMade;
import io.refunds.events.Remedy;
import io.refunds.events.SellerDeclined;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class NegotiationTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void anAcceptedOfferSettlesTheCaseWithSettlementAgreed() {
        UUID caseId = UUID.randomUUID();
        String conversation = Claims.openConversation(events, caseId, "b-deal", "s-deal");

        String offerId = offer("s-deal", conversation, "k-1", Map.of("offerType", "PARTIAL_REFUND",
                "amount", Map.of("minorUnits", 4_000, "currency", "USD"), "note", "Keep it, with 40 USD back"))
                .then().statusCode(201).body("status", equalTo("OPEN")).extract().path("offerId");
        assertEquals(offerId, offer("s-deal", conversation, "k-1", Map.of("offerType", "PARTIAL_REFUND",
                "amount", Map.of("minorUnits", 4_000, "currency", "USD"), "note", "Keep it, with 40 USD back"))
                .then().statusCode(201).extract().path("offerId"));
        offer("s-deal", conversation, "k-2", Map.of("offerType", "REPLACEMENT"))
                .then().statusCode(409).contentType("application/problem+json");

        answer("buyer", "b-deal", conversation, offerId, "acceptance").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        conversation("b-deal", conversation).body("status", equalTo("SETTLED"))
                .body("offers[0].status", equalTo("ACCEPTED"));

        OfferMade made = TestEvents.read(events.awaitRecords(Topics.OFFER_MADE, caseId.toString(), 1).get(0).value(),
                OfferMade.class);
        assertEquals(Money.of(4_000, "USD"), made.amount());
        ConsumerRecord<String, String> settled = events.awaitRecords(Topics.SETTLEMENT_AGREED, caseId.toString(), 1)
                .get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.SETTLEMENT_AGREED, settled.value()));
        SettlementAgreed settlement = TestEvents.read(settled.value(), SettlementAgreed.class);
        assertEquals(Remedy.PARTIAL_REFUND, settlement.offerType());
        assertEquals(Money.of(4_000, "USD"), settlement.refundAmount());
        assertEquals(Claims.TERMS, settlement.paymentTerms(), "the claim's payment terms travel on to the refund");
        offer("s-deal", conversation, "k-3", Map.of("offerType", "FULL_REFUND"))
                .then().statusCode(409).contentType("application/problem+json");
        answer("buyer", "b-deal", conversation, offerId, "rejection").then().statusCode(409);
    }

    @Test
    void aRejectedOfferLetsTheBuyerEscalate() {
        UUID caseId = UUID.randomUUID();
        String conversation = Claims.openConversation(events, caseId, "b-reject", "s-reject");
        escalate("b-reject", conversation).then().statusCode(409).contentType("application/problem+json");
        String offerId = offer("s-reject", conversation, null, Map.of("offerType", "REPLACEMENT"))
                .then().statusCode(201).extract().path("offerId");
        escalate("b-reject", conversation).then().statusCode(409);
        given().header("Authorization", Tokens.bearer("buyer", "b-reject")).contentType(ContentType.JSON)
                .body(Map.of("reason", "I want my money back"))
                .post("/api/conversations/" + conversation + "/offers/" + offerId + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("answerReason", equalTo("I want my money back"));
        escalate("b-reject", conversation).then().statusCode(200).body("status", equalTo("ESCALATED"));

        BuyerEscalated escalated = TestEvents.read(
                events.awaitRecords(Topics.BUYER_ESCALATED, caseId.toString(), 1).get(0).value(), BuyerEscalated.class);
        assertEquals("s-reject", escalated.sellerId());
        assertEquals(Claims.PAID, escalated.amountPaid());
        assertEquals(1, events.awaitRecords(Topics.OFFER_REJECTED, caseId.toString(), 1).size());
    }

    @Test
    void aSellersDeclineLetsTheBuyerEscalate() {
        UUID caseId = UUID.randomUUID();
        String conversation = Claims.openConversation(events, caseId, "b-decline", "s-decline");
        decline("buyer", "b-decline", conversation).then().statusCode(403).contentType("application/problem+json");
        decline("seller", "s-decline", conversation).then().statusCode(200).body("status", equalTo("SELLER_DECLINED"));
        decline("seller", "s-decline", conversation).then().statusCode(409);

        SellerDeclined declined = TestEvents.read(
                events.awaitRecords(Topics.SELLER_DECLINED, caseId.toString(), 1).get(0).value(), SellerDeclined.class);
        assertEquals("It worked when shipped", declined.reason());
        escalate("b-decline", conversation).then().statusCode(200);
        events.awaitRecords(Topics.BUYER_ESCALATED, caseId.toString(), 1);
    }

    @Test
    void onlyTheRightPartyActsAndAmountsStayWithinWhatWasPaid() {
        UUID caseId = UUID.randomUUID();
        String conversation = Claims.openConversation(events, caseId, "b-auth", "s-auth");

        offer("s-auth", conversation, null, Map.of("offerType", "PARTIAL_REFUND",
                "amount", Map.of("minorUnits", 12_901, "currency", "USD")))
                .then().statusCode(400).body("violations.field", hasItem("amount.minorUnits"));
        offer("s-auth", conversation, null, Map.of("offerType", "PARTIAL_REFUND"))
                .then().statusCode(400).body("violations.field", hasItem("amount"));
        offer("s-auth", conversation, null, Map.of("offerType", "REPLACEMENT",
                "amount", Map.of("minorUnits", 100, "currency", "USD")))
                .then().statusCode(400).body("violations.field", hasItem("amount"));
        offer("s-auth", conversation, null, Map.of("offerType", "CASHBACK"))
                .then().statusCode(400).body("violations.field", hasItem("offerType"));
        given().header("Authorization", Tokens.bearer("buyer", "b-auth")).contentType(ContentType.JSON)
                .body(Map.of("offerType", "FULL_REFUND")).post("/api/conversations/" + conversation + "/offers")
                .then().statusCode(403).contentType("application/problem+json");
        offer("s-other", conversation, null, Map.of("offerType", "FULL_REFUND")).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("seller", "s-other")).contentType(ContentType.JSON)
                .body(Map.of("body", "hello")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(404);

        UUID evidence = UUID.randomUUID();
        given().header("Authorization", Tokens.bearer("buyer", "b-auth")).contentType(ContentType.JSON)
                .body(Map.of("body", "<img src=x onerror=alert(1)>", "evidenceIds", List.of(evidence)))
                .post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201).body("body", equalTo("<img src=x onerror=alert(1)>"));
        MessagePosted posted = TestEvents.read(
                events.awaitRecords(Topics.MESSAGE_POSTED, caseId.toString(), 1).get(0).value(), MessagePosted.class);
        assertEquals(List.of(evidence.toString()), posted.evidenceIds());
        assertEquals("BUYER", posted.authorRole());
    }

    private static Response offer(String sellerId, String conversation, String key, Map<String, Object> body) {
        var request = given().header("Authorization", Tokens.bearer("seller", sellerId)).contentType(ContentType.JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(body).post("/api/conversations/" + conversation + "/offers");
    }

    private static Response answer(String role, String user, String conversation, String offerId, String answer) {
        return given().header("Authorization", Tokens.bearer(role, user))
                .post("/api/conversations/" + conversation + "/offers/" + offerId + "/" + answer);
    }

    private static Response decline(String role, String user, String conversation) {
        return given().header("Authorization", Tokens.bearer(role, user)).contentType(ContentType.JSON)
                .body(Map.of("reason", "It worked when shipped"))
                .post("/api/conversations/" + conversation + "/decline");
    }

    private static Response escalate(String buyerId, String conversation) {
        return given().header("Authorization", Tokens.bearer("buyer", buyerId))
                .post("/api/conversations/" + conversation + "/escalation");
    }

    private static io.restassured.response.ValidatableResponse conversation(String buyerId, String conversation) {
        return given().header("Authorization", Tokens.bearer("buyer", buyerId))
                .get("/api/conversations/" + conversation).then().statusCode(200);
    }

}
