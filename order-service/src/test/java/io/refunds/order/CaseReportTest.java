package io.refunds.order;

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
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
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
    void reportingAnIssuePublishesIssueReportedWithTheItemAndWhatTheBuyerPaid() {
        String orderId = OrderFixtures.registerOrder("b-report", "s-report");
        UUID caseId = OrderFixtures.reportIssue("b-report", orderId);

        ConsumerRecord<String, String> record = events.awaitRecords(Topics.ISSUE_REPORTED, caseId.toString(), 1).get(0);
        assertEquals("refunds.IssueReported.v1", EventLog.header(record, "ce_type").orElseThrow());
        assertEquals("order-service", EventLog.header(record, "ce_source").orElseThrow());
        assertEquals(caseId.toString(), EventLog.header(record, "ce_subject").orElseThrow());
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.ISSUE_REPORTED, record.value()));
        IssueReported event = TestEvents.read(record.value(), IssueReported.class);
        assertEquals("s-report", event.sellerId());
        assertEquals(12_900, event.amountPaid().minorUnits());
        assertEquals("USD", event.amountPaid().currency());

        given().header("Authorization", Tokens.bearer("buyer", "b-report"))
                .when().get("/api/cases/" + caseId)
                .then().statusCode(200)
                .body("status", equalTo("REPORTED"))
                .body("timeline.type", contains("IssueReported"));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        String orderId = OrderFixtures.registerOrder("b-idem", "s-idem");
        Map<String, Object> body = Map.of("orderId", orderId, "itemId", "i-1", "reason", "DAMAGED");
        String first = report("b-idem", "key-1", body).then().statusCode(201).extract().path("caseId");
        String replay = report("b-idem", "key-1", body).then().statusCode(201).extract().path("caseId");
        assertEquals(first, replay);

        report("b-idem", "key-1", Map.of("orderId", orderId, "itemId", "i-1", "reason", "WRONG_ITEM"))
                .then().statusCode(422).contentType("application/problem+json");
        report("b-idem", "key-2", body)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidReportsAreProblemsNamingTheField() {
        String orderId = OrderFixtures.registerOrder("b-invalid", "s-invalid");
        report("b-invalid", null, Map.of("orderId", orderId, "itemId", "i-1"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        report("b-invalid", null, Map.of("orderId", orderId, "itemId", "i-1", "reason", "BORED"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        report("b-invalid", null, Map.of("orderId", "o-unknown", "itemId", "i-1", "reason", "DEFECTIVE"))
                .then().statusCode(400).body("violations.field", hasItem("orderId"));
        report("b-someone-else", null, Map.of("orderId", orderId, "itemId", "i-1", "reason", "DEFECTIVE"))
                .then().statusCode(400).body("violations.field", hasItem("orderId"));
        given().header("Authorization", Tokens.bearer("buyer", "b-invalid"))
                .contentType(ContentType.JSON).body("{\"orderId\": [1,2], ")
                .when().post("/api/cases")
                .then().statusCode(400).contentType("application/problem+json");
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
                .then().statusCode(403);
        given().header("Authorization", Tokens.bearer("platform", "agent-platform"))
                .contentType(ContentType.JSON).body(Map.of("orderId", "o-x", "buyerId", "b-1", "items", List.of()))
                .when().post("/api/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("items"));
    }

    private static io.restassured.response.Response report(String buyerId, String key, Map<String, Object> body) {
        var request = given().header("Authorization", Tokens.bearer("buyer", buyerId)).contentType(ContentType.JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(body).when().post("/api/cases");
    }

    private static io.restassured.response.Response read(String authorization, UUID caseId) {
        return given().header("Authorization", authorization).when().get("/api/cases/" + caseId);
    }
}
