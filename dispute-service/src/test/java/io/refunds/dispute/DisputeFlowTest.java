package io.refunds.dispute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.BuyerEscalated;
import io.refunds.events.CaseWithdrawn;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.DisputeOpened;
import io.refunds.events.EventType;
import io.refunds.events.InformationRequested;
import io.refunds.events.StatementSubmitted;
import io.refunds.events.Money;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DisputeFlowTest {

    private static final Money PAID = Money.of(12_900, "USD");
    private final EventLog events = new EventLog();

    @ConfigProperty(name = "dispute.appeal-window")
    Duration appealWindow;

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aSilentSellerOpensExactlyOneDisputeEvenWhenTheEventIsRedelivered() {
        UUID caseId = UUID.randomUUID();
        ProducerRecord<String, String> silence = TestEvents.record(silence(caseId, "b-once", "s-once"));
        events.send(silence);
        events.send(silence);
        events.send(TestEvents.record(silence(caseId, "b-once", "s-once")));

        ConsumerRecord<String, String> opened = events.awaitRecords(Topics.DISPUTE_OPENED, caseId.toString(), 1).get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.DISPUTE_OPENED, opened.value()));
        DisputeOpened event = TestEvents.read(opened.value(), DisputeOpened.class);
        assertEquals(DisputeOpened.DisputeTrigger.SELLER_UNRESPONSIVE, event.trigger());
        assertEquals(PAID, event.amountPaid());

        events.awaitConsumed("dispute-service", Topics.SELLER_UNRESPONSIVE);
        queue(caseId).body("", hasSize(1)).body("[0].status", equalTo("OPEN"));
        assertEquals(1, events.recordsNow(Topics.DISPUTE_OPENED, caseId.toString()).size());
    }

    @Test
    void anAgentDecidesOnceAndDecisionMadeCarriesTheRefund() {
        UUID caseId = UUID.randomUUID();
        String disputeId = openDispute(caseId, "b-decide", "s-decide");

        decide(disputeId, "k-1", Map.of("outcome", "FULL_REFUND", "rationale", "The photos show a cracked case"))
                .then().statusCode(201).body("refundAmount.minorUnits", equalTo(12_900));
        String decisionId = decide(disputeId, "k-1",
                Map.of("outcome", "FULL_REFUND", "rationale", "The photos show a cracked case"))
                .then().statusCode(201).extract().path("decisionId");
        decide(disputeId, "k-1", Map.of("outcome", "REJECTED", "rationale", "Changed my mind"))
                .then().statusCode(422).contentType("application/problem+json");
        decide(disputeId, "k-2", Map.of("outcome", "REJECTED", "rationale", "Second thoughts"))
                .then().statusCode(409).contentType("application/problem+json");

        ConsumerRecord<String, String> made = events.awaitRecords(Topics.DECISION_MADE, caseId.toString(), 1).get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.DECISION_MADE, made.value()));
        DecisionMade event = TestEvents.read(made.value(), DecisionMade.class);
        assertEquals(UUID.fromString(decisionId), event.decisionId());
        assertEquals(DecisionOutcome.FULL_REFUND, event.outcome());
        assertEquals(PAID, event.refundAmount());
        assertEquals("a-1", event.decidedBy());
        assertEquals("s-decide", event.sellerId());
        assertEquals(event.decidedAt().plus(appealWindow), event.appealableUntil(),
                "a first decision may be appealed within the configured window");
        assertEquals(io.refunds.events.PaymentTerms.UNKNOWN, event.paymentTerms(),
                "no claim reached the case file: the refund goes to the wallet");

        given().header("Authorization", Tokens.bearer("buyer", "b-decide")).get("/api/disputes/" + disputeId)
                .then().statusCode(200).body("status", equalTo("DECIDED")).body("decisions", hasSize(1));
        given().header("Authorization", Tokens.bearer("buyer", "b-other")).get("/api/disputes/" + disputeId)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidDecisionsAreRefusedWithTheFieldAndChangeNothing() {
        UUID caseId = UUID.randomUUID();
        String disputeId = openDispute(caseId, "b-invalid", "s-invalid");

        decide(disputeId, null, Map.of("outcome", "PARTIAL_REFUND", "rationale", "Half"))
                .then().statusCode(400).body("violations.field", hasItem("amount"));
        decide(disputeId, null, Map.of("outcome", "PARTIAL_REFUND", "rationale", "Too much",
                "amount", Map.of("minorUnits", 12_901, "currency", "USD")))
                .then().statusCode(400).body("violations.field", hasItem("amount.minorUnits"));
        decide(disputeId, null, Map.of("outcome", "PARTIAL_REFUND", "rationale", "Wrong money",
                "amount", Map.of("minorUnits", 100, "currency", "EUR")))
                .then().statusCode(400).body("violations.field", hasItem("amount.currency"));
        decide(disputeId, null, Map.of("outcome", "PARTIAL_REFUND", "rationale", "Negative",
                "amount", Map.of("minorUnits", -5, "currency", "USD")))
                .then().statusCode(400).body("violations.field", hasItem("amount.minorUnits"));
        decide(disputeId, null, Map.of("outcome", "REJECTED", "rationale", " "))
                .then().statusCode(400).body("violations.field", hasItem("rationale"));
        decide(disputeId, null, Map.of("outcome", "MAYBE", "rationale", "?"))
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("outcome"));
        given().header("Authorization", Tokens.bearer("buyer", "b-invalid")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "FULL_REFUND", "rationale", "I decide myself"))
                .post("/api/disputes/" + disputeId + "/decision")
                .then().statusCode(403).contentType("application/problem+json");

        queue(caseId).body("[0].status", equalTo("OPEN"));
        decide(disputeId, null, Map.of("outcome", "PARTIAL_REFUND", "rationale", "Scratches only",
                "amount", Map.of("minorUnits", 4_000, "currency", "USD")))
                .then().statusCode(201).body("refundAmount.minorUnits", equalTo(4_000));
        assertEquals(1, events.awaitRecords(Topics.DECISION_MADE, caseId.toString(), 1).size());
    }

    @Test
    void aBuyersEscalationOpensADisputeOnceWithItsTrigger() {
        UUID caseId = UUID.randomUUID();
        ProducerRecord<String, String> escalation = TestEvents.record(new BuyerEscalated(caseId, UUID.randomUUID(),
                "o-" + caseId, "i-1", "b-esc", "s-esc", "NOT_AS_DESCRIBED", PAID, "Seller refused", Instant.now()));
        events.send(escalation);
        events.send(escalation);
        DisputeOpened opened = TestEvents.read(
                events.awaitRecords(Topics.DISPUTE_OPENED, caseId.toString(), 1).get(0).value(), DisputeOpened.class);
        assertEquals(DisputeOpened.DisputeTrigger.BUYER_ESCALATION, opened.trigger());
        assertEquals("NOT_AS_DESCRIBED", opened.reason());
        events.awaitConsumed("dispute-service", Topics.BUYER_ESCALATED);
        queue(caseId).body("", hasSize(1)).body("[0].trigger", equalTo("BUYER_ESCALATION"));
    }

    @Test
    void aWithdrawnCaseLeavesTheQueueAndCannotBeDecided() {
        UUID caseId = UUID.randomUUID();
        String disputeId = openDispute(caseId, "b-gone", "s-gone");
        events.send(TestEvents.record(new CaseWithdrawn(caseId, "b-gone", "s-gone", Instant.now())));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> queue(caseId).body("[0].status",
                equalTo("WITHDRAWN")));
        decide(disputeId, null, Map.of("outcome", "REJECTED", "rationale", "Too late"))
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anOverdueDisputeIsFlaggedAnnouncedAndRaisedByFollowUps() {
        UUID caseId = UUID.randomUUID();
        String disputeId = openDispute(caseId, "b-late", "s-late");
        // %test decision time: 3 seconds.
        ConsumerRecord<String, String> overdue = events.awaitRecords(Topics.DISPUTE_OVERDUE, caseId.toString(), 1).get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.DISPUTE_OVERDUE, overdue.value()));
        followUp("buyer", "b-late", disputeId).then().statusCode(201).body("priority", equalTo(1));
        followUp("seller", "s-late", disputeId).then().statusCode(201).body("priority", equalTo(2));
        followUp("buyer", "b-stranger", disputeId).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("agent", "a-1")).queryParam("status", "OPEN").get("/api/disputes")
                .then().statusCode(200).body("[0].disputeId", equalTo(disputeId)).body("[0].overdue", equalTo(true));
        events.awaitRecords(Topics.FOLLOW_UP_POSTED, caseId.toString(), 2);
    }

    @Test
    void onlyTheAssignedAgentDecidesAndSupervisorsReassign() {
        UUID caseId = UUID.randomUUID();
        String disputeId = openDispute(caseId, "b-assign", "s-assign");
        assign("agent", "a-7", disputeId, null).then().statusCode(200).body("assignee", equalTo("a-7"));
        assign("agent", "a-8", disputeId, null).then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("agent", "a-8")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED", "rationale", "Not mine to decide"))
                .post("/api/disputes/" + disputeId + "/decision").then().statusCode(403);
        assign("supervisor", "sup-1", disputeId, "a-8").then().statusCode(200).body("assignee", equalTo("a-8"));
        given().header("Authorization", Tokens.bearer("agent", "a-8")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED", "rationale", "No fault found"))
                .post("/api/disputes/" + disputeId + "/decision").then().statusCode(201);
        given().header("Authorization", Tokens.bearer("agent", "a-1")).queryParam("assignee", "a-8")
                .queryParam("caseId", caseId).get("/api/disputes").then().body("", hasSize(1));
    }

    @Test
    void theAssignedAgentAsksAPartyWhoAnswersWithAStatement() {
        UUID caseId = UUID.randomUUID();
        String disputeId = openDispute(caseId, "b-info", "s-info");
        ask("agent", "a-5", disputeId, "SELLER").then().statusCode(403);
        assign("agent", "a-5", disputeId, null).then().statusCode(200);
        ask("agent", "a-5", disputeId, "SELLER").then().statusCode(201);
        ask("agent", "a-5", disputeId, "SELLER").then().statusCode(409);
        ask("agent", "a-5", disputeId, "NOBODY").then().statusCode(400).body("violations.field", hasItem("from"));
        statement("buyer", "b-info", disputeId).then().statusCode(409);
        statement("seller", "s-other", disputeId).then().statusCode(404);
        statement("seller", "s-info", disputeId).then().statusCode(201).body("late", equalTo(false));
        statement("seller", "s-info", disputeId).then().statusCode(409);

        StatementSubmitted submitted = TestEvents.read(
                events.awaitRecords(Topics.STATEMENT_SUBMITTED, caseId.toString(), 1).get(0).value(),
                StatementSubmitted.class);
        assertEquals("SELLER", submitted.party());
        assertEquals(1, submitted.evidenceIds().size());
        InformationRequested asked = TestEvents.read(
                events.awaitRecords(Topics.INFORMATION_REQUESTED, caseId.toString(), 1).get(0).value(),
                InformationRequested.class);
        assertEquals(submitted.requestId(), asked.requestId());
        given().header("Authorization", Tokens.bearer("agent", "a-5")).get("/api/disputes/" + disputeId)
                .then().body("history.questions[0].statement", equalTo("Shipped on the 3rd in bubble wrap"));
    }

    private static io.restassured.response.Response ask(String role, String user, String disputeId, String from) {
        return given().header("Authorization", Tokens.bearer(role, user)).contentType(ContentType.JSON)
                .body(Map.of("from", from, "question", "When did you ship it, and how was it packed?"))
                .post("/api/disputes/" + disputeId + "/information-requests");
    }

    private static io.restassured.response.Response statement(String role, String user, String disputeId) {
        return given().header("Authorization", Tokens.bearer(role, user)).contentType(ContentType.JSON)
                .body(Map.of("body", "Shipped on the 3rd in bubble wrap", "evidenceIds", List.of(UUID.randomUUID())))
                .post("/api/disputes/" + disputeId + "/statements");
    }

    @Test
    void anAppealIsDecidedByAnotherSupervisorAndSupersedesTheFirstDecision() {
        UUID caseId = UUID.randomUUID();
        String disputeId = openDispute(caseId, "b-appeal", "s-appeal");
        assign("supervisor", "sup-1", disputeId, null).then().statusCode(200);
        String first = given().header("Authorization", Tokens.bearer("supervisor", "sup-1")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PARTIAL_REFUND", "rationale", "Minor scratches",
                        "amount", Map.of("minorUnits", 3_000, "currency", "USD")))
                .post("/api/disputes/" + disputeId + "/decision")
                .then().statusCode(201).extract().path("decisionId");

        appeal("buyer", "b-stranger", disputeId).then().statusCode(404);
        appeal("buyer", "b-appeal", disputeId).then().statusCode(201).body("status", equalTo("APPEALED"));
        appeal("seller", "s-appeal", disputeId).then().statusCode(409);
        Map<String, Object> full = Map.of("outcome", "FULL_REFUND", "rationale", "The video shows it never worked");
        decideAppeal("sup-1", disputeId, full).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("agent", "a-1")).contentType(ContentType.JSON).body(full)
                .post("/api/disputes/" + disputeId + "/appeal/decision").then().statusCode(403);
        decideAppeal("sup-2", disputeId, full).then().statusCode(201)
                .body("supersedesDecisionId", equalTo(first));
        appeal("buyer", "b-appeal", disputeId).then().statusCode(409);

        List<ConsumerRecord<String, String>> made = events.awaitRecords(Topics.DECISION_MADE, caseId.toString(), 2);
        DecisionMade appealed = TestEvents.read(made.get(0).value(), DecisionMade.class);
        assertEquals(appealed.decidedAt().plus(appealWindow), appealed.appealableUntil());
        DecisionMade superseding = TestEvents.read(made.get(1).value(), DecisionMade.class);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.DECISION_MADE, made.get(1).value()));
        assertEquals(UUID.fromString(first), superseding.supersedesDecisionId());
        assertEquals(PAID, superseding.refundAmount());
        assertNull(superseding.appealableUntil(), "a decision on an appeal is final");
        events.awaitRecords(Topics.APPEAL_FILED, caseId.toString(), 1);
        given().header("Authorization", Tokens.bearer("buyer", "b-appeal")).get("/api/disputes/" + disputeId)
                .then().body("status", equalTo("FINAL")).body("decisions", hasSize(2))
                .body("history.appeals[0].party", equalTo("BUYER"));
    }

    private static io.restassured.response.Response followUp(String role, String user, String disputeId) {
        return given().header("Authorization", Tokens.bearer(role, user)).contentType(ContentType.JSON)
                .body(Map.of("body", "Any news?")).post("/api/disputes/" + disputeId + "/follow-ups");
    }

    private static io.restassured.response.Response assign(String role, String user, String disputeId, String to) {
        var request = given().header("Authorization", Tokens.bearer(role, user)).contentType(ContentType.JSON);
        return (to == null ? request : request.body(Map.of("assignee", to)))
                .post("/api/disputes/" + disputeId + "/assignment");
    }

    private static io.restassured.response.Response appeal(String role, String user, String disputeId) {
        return given().header("Authorization", Tokens.bearer(role, user)).contentType(ContentType.JSON)
                .body(Map.of("reason", "The decision ignores my video", "evidenceIds", List.of(UUID.randomUUID())))
                .post("/api/disputes/" + disputeId + "/appeal");
    }

    private static io.restassured.response.Response decideAppeal(String supervisor, String disputeId,
            Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer("supervisor", supervisor)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "appeal-" + disputeId + "-" + supervisor).body(body)
                .post("/api/disputes/" + disputeId + "/appeal/decision");
    }

    private String openDispute(UUID caseId, String buyerId, String sellerId) {
        events.send(TestEvents.record(silence(caseId, buyerId, sellerId)));
        return Awaitility.await().atMost(EventLog.WAIT).until(
                () -> queue(caseId).extract().<String>path("[0].disputeId"), id -> id != null);
    }

    private static io.restassured.response.ValidatableResponse queue(UUID caseId) {
        return given().header("Authorization", Tokens.bearer("agent", "a-1")).queryParam("caseId", caseId)
                .get("/api/disputes").then().statusCode(200);
    }

    private static io.restassured.response.Response decide(String disputeId, String key, Map<String, Object> body) {
        given().header("Authorization", Tokens.bearer("agent", "a-1")).post("/api/disputes/" + disputeId + "/assignment");
        var request = given().header("Authorization", Tokens.bearer("agent", "a-1")).contentType(ContentType.JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(body).post("/api/disputes/" + disputeId + "/decision");
    }

    private static SellerUnresponsive silence(UUID caseId, String buyerId, String sellerId) {
        Instant now = Instant.now();
        return new SellerUnresponsive(caseId, UUID.randomUUID(), "o-" + caseId, "i-1", buyerId, sellerId, "DEFECTIVE",
                PAID, now, now);
    }
}
