package io.refunds.order;

import static io.refunds.order.OrderFixtures.IN_TRANSIT;
import static io.refunds.order.OrderFixtures.OLDER;
import static io.refunds.order.OrderFixtures.RECENT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.EventType;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseReportTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aReportCarriesTheClaimTheEvidenceAndTheWarehousePhotosInIssueReported() {
        String orderId = OrderFixtures.registerOrder("b-report", "s-report");
        String qcPhoto = given().header("Authorization", Tokens.bearer("platform", "warehouse-1"))
                .multiPart("file", "stock-in.jpg", Media.jpeg(24), "image/jpeg")
                .post("/api/orders/" + orderId + "/items/" + RECENT + "/qc-photos")
                .then().statusCode(201).body("purpose", equalTo("QC_PHOTO")).extract().path("evidenceId");
        String photo = OrderFixtures.uploadPhoto("buyer", "b-report");

        String caseId = report("b-report", null, body(orderId, RECENT, "DEFECTIVE", "PARTIAL_REFUND",
                Map.of("minorUnits", 5_000, "currency", "USD"), List.of(photo)))
                .then().statusCode(201)
                .body("status", equalTo("REPORTED"))
                .body("requestedAmount.minorUnits", equalTo(5_000))
                .body("evidence.evidenceId", contains(photo))
                .body("qcPhotos.evidenceId", contains(qcPhoto))
                .body("timeline.type", contains("IssueReported"))
                .body("timeline[0].actor", equalTo("b-report"))
                .extract().path("caseId");

        ConsumerRecord<String, String> record = events.awaitRecords(Topics.ISSUE_REPORTED, caseId, 1).get(0);
        assertEquals("refunds.IssueReported.v1", EventLog.header(record, "ce_type").orElseThrow());
        assertEquals("order-service", EventLog.header(record, "ce_source").orElseThrow());
        assertEquals(caseId, EventLog.header(record, "ce_subject").orElseThrow());
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.ISSUE_REPORTED, record.value()));
        IssueReported event = TestEvents.read(record.value(), IssueReported.class);
        assertEquals("s-report", event.sellerId());
        assertEquals(Money.of(12_900, "USD"), event.amountPaid());
        assertEquals(Remedy.PARTIAL_REFUND, event.requestedOutcome());
        assertEquals(Money.of(5_000, "USD"), event.requestedAmount());
        assertEquals(photo, event.evidence().get(0).evidenceId());
        assertEquals(Media.sha256(Media.png(16)), event.evidence().get(0).sha256());
        assertEquals(Media.sha256(Media.jpeg(24)), event.qcPhotos().get(0).sha256());
    }

    @Test
    void eachBrokenRuleIsAProblemNamingTheFieldAndWritesNothing() {
        String orderId = OrderFixtures.registerOrder("b-rules", "s-rules");
        String photo = OrderFixtures.uploadPhoto("buyer", "b-rules");
        String strangersPhoto = OrderFixtures.uploadPhoto("buyer", "b-stranger");

        refused(report("b-rules", null, body(orderId, RECENT, "BORED", null, null, List.of(photo))), 400, "reason");
        refusedByRule(report("b-rules", null, body(orderId, OLDER, "DAMAGED", null, null, List.of(photo))),
                422, "WINDOW_EXPIRED", "itemId");
        refusedByRule(report("b-rules", null, body(orderId, IN_TRANSIT, "DEFECTIVE", null, null, List.of(photo))),
                422, "NOT_RECEIVED", "itemId");
        refused(report("b-other", null, body(orderId, RECENT, "DEFECTIVE", null, null, List.of())), 400, "orderId");
        refused(report("b-rules", null, body(orderId, "i-9", "DEFECTIVE", null, null, List.of(photo))), 400, "itemId");
        refused(report("b-rules", null, body(orderId, RECENT, "DEFECTIVE", "PARTIAL_REFUND",
                Map.of("minorUnits", 12_901, "currency", "USD"), List.of(photo))), 400, "requestedAmount.minorUnits");
        refused(report("b-rules", null, body(orderId, RECENT, "DEFECTIVE", "PARTIAL_REFUND",
                Map.of("minorUnits", 100, "currency", "EUR"), List.of(photo))), 400, "requestedAmount.currency");
        refused(report("b-rules", null, body(orderId, RECENT, "DEFECTIVE", "PARTIAL_REFUND", null, List.of(photo))),
                400, "requestedAmount");
        refused(report("b-rules", null, body(orderId, RECENT, "DEFECTIVE", "PARTIAL_REFUND",
                Map.of("minorUnits", -1, "currency", "USD"), List.of(photo))), 400, "requestedAmount.minorUnits");
        refusedByRule(report("b-rules", null, body(orderId, RECENT, "MISSING_PARTS", "RETURN_AND_REFUND", null,
                List.of(photo))), 422, "OUTCOME_NOT_ALLOWED", "requestedOutcome");
        refusedByRule(report("b-rules", null, body(orderId, RECENT, "DEFECTIVE", null, null, List.of())),
                422, "EVIDENCE_REQUIRED", "evidenceIds");
        refused(report("b-rules", null, body(orderId, RECENT, "DEFECTIVE", null, null, List.of(strangersPhoto))),
                400, "evidenceIds[0]");
        refused(report("b-rules", null, body(orderId, RECENT, "DEFECTIVE", null, null, List.of(photo, photo))),
                400, "evidenceIds");
        refused(given().header("Authorization", Tokens.bearer("buyer", "b-rules")).contentType(ContentType.JSON)
                .body("{\"orderId\":\"" + orderId + "\",\"itemId\":\"i-1\",\"reason\":\"DEFECTIVE\",\"evidenceIds\":7}")
                .post("/api/cases"), 400, "evidenceIds");
        refused(given().header("Authorization", Tokens.bearer("buyer", "b-rules")).contentType(ContentType.JSON)
                .body("{\"orderId\": ").post("/api/cases"), 400, "body");

        given().header("Authorization", Tokens.bearer("buyer", "b-rules")).get("/api/cases")
                .then().statusCode(200).body("size()", equalTo(0));
        report("b-rules", null, body(orderId, RECENT, "DEFECTIVE", null, null, List.of(photo))).then().statusCode(201);
        String another = OrderFixtures.uploadPhoto("buyer", "b-rules");
        refusedByRule(report("b-rules", null, body(orderId, RECENT, "DAMAGED", null, null, List.of(another))),
                409, "OPEN_CASE_EXISTS", "itemId");
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        String orderId = OrderFixtures.registerOrder("b-idem", "s-idem");
        String photo = OrderFixtures.uploadPhoto("buyer", "b-idem");
        Map<String, Object> body = body(orderId, RECENT, "DAMAGED", null, null, List.of(photo));
        String first = report("b-idem", "key-1", body).then().statusCode(201).extract().path("caseId");
        String replay = report("b-idem", "key-1", body).then().statusCode(201).extract().path("caseId");
        assertEquals(first, replay);

        refused(report("b-idem", "key-1", body(orderId, RECENT, "WRONG_ITEM", null, null, List.of(photo))), 422, null);
        assertEquals(1, events.awaitRecords(Topics.ISSUE_REPORTED, first, 1).size());
    }

    @Test
    void onlyTheCasesParticipantsAndStaffMayReadIt() {
        String orderId = OrderFixtures.registerOrder("b-owner", "s-owner");
        UUID caseId = OrderFixtures.reportIssue("b-owner", orderId);

        read(Tokens.bearer("buyer", "b-owner"), caseId).then().statusCode(200);
        read(Tokens.bearer("seller", "s-owner"), caseId).then().statusCode(200);
        read(Tokens.bearer("agent", "a-1"), caseId).then().statusCode(200);
        read(Tokens.bearer("buyer", "b-other"), caseId).then().statusCode(404).contentType("application/problem+json");
        read(Tokens.bearer("seller", "s-other"), caseId).then().statusCode(404);
        given().when().get("/api/cases/" + caseId).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").when().get("/api/cases/" + caseId)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + io.refunds.testing.DevTokens.forThisJvm()
                        .token("buyer", "b-owner", java.time.Duration.ofSeconds(-60)))
                .when().get("/api/cases/" + caseId)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void onlyThePlatformRegistersOrders() {
        given().header("Authorization", Tokens.bearer("buyer", "b-1"))
                .contentType(ContentType.JSON).body(Map.of("orderId", "o-x"))
                .when().post("/api/orders")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("platform", "agent-platform"))
                .contentType(ContentType.JSON).body(Map.of("orderId", "o-x", "buyerId", "b-1", "items", List.of()))
                .when().post("/api/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("items"));
    }

    static Map<String, Object> body(String orderId, String itemId, String reason, String outcome,
            Map<String, Object> amount, List<String> evidenceIds) {
        Map<String, Object> body = new HashMap<>(Map.of("orderId", orderId, "itemId", itemId, "reason", reason,
                "description", "It broke", "evidenceIds", evidenceIds));
        if (outcome != null) {
            body.put("requestedOutcome", outcome);
        }
        if (amount != null) {
            body.put("requestedAmount", amount);
        }
        return body;
    }

    private static io.restassured.response.Response report(String buyerId, String key, Map<String, Object> body) {
        var request = given().header("Authorization", Tokens.bearer("buyer", buyerId)).contentType(ContentType.JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(body).when().post("/api/cases");
    }

    private static ValidatableResponse refused(io.restassured.response.Response response, int status, String field) {
        ValidatableResponse checked = response.then().statusCode(status).contentType("application/problem+json");
        return field == null ? checked : checked.body("violations.field", hasItem(field));
    }

    private static void refusedByRule(io.restassured.response.Response response, int status, String rule,
            String field) {
        refused(response, status, field).body("rule", equalTo(rule));
    }

    private static io.restassured.response.Response read(String authorization, UUID caseId) {
        return given().header("Authorization", authorization).when().get("/api/cases/" + caseId);
    }
}
