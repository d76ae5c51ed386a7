package io.refunds.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.CaseWithdrawn;
import io.refunds.events.EventType;
import io.refunds.events.EvidenceAdded;
import io.refunds.events.MessagePosted;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseActionsTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void evidenceAddedLaterJoinsTheCaseAndIsAnnounced() {
        String orderId = OrderFixtures.registerOrder("b-more", "s-more");
        UUID caseId = OrderFixtures.reportIssue("b-more", orderId);
        String video = given().header("Authorization", Tokens.bearer("buyer", "b-more"))
                .multiPart("file", "unboxing.mp4", Media.mp4(), "video/mp4")
                .post("/api/evidence").then().statusCode(201).extract().path("evidenceId");
        String sellersPhoto = OrderFixtures.uploadPhoto("seller", "s-more");

        addEvidence("buyer", "b-more", caseId, List.of(video)).then().statusCode(200)
                .body("evidence", hasSize(2)).body("timeline.type", hasItem("EvidenceAdded"));
        addEvidence("seller", "s-more", caseId, List.of(sellersPhoto)).then().statusCode(200)
                .body("evidence", hasSize(3));
        addEvidence("buyer", "b-more", caseId, List.of(video)).then().statusCode(400)
                .body("violations.field", hasItem("evidenceIds[0]"));
        addEvidence("buyer", "b-other", caseId, List.of(video)).then().statusCode(404);
        addEvidence("buyer", "b-more", caseId, List.of()).then().statusCode(400)
                .body("violations.field", hasItem("evidenceIds"));

        List<ConsumerRecord<String, String>> added = events.awaitRecords(Topics.EVIDENCE_ADDED, caseId.toString(), 2);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.EVIDENCE_ADDED, added.get(0).value()));
        EvidenceAdded first = TestEvents.read(added.get(0).value(), EvidenceAdded.class);
        assertEquals("b-more", first.addedBy());
        assertEquals(Media.sha256(Media.mp4()), first.evidence().get(0).sha256());
        // The seller of the case may now read the buyer's video.
        given().header("Authorization", Tokens.bearer("seller", "s-more")).get("/api/evidence/" + video)
                .then().statusCode(200);
    }

    @Test
    void evidenceSentInAConversationMessageJoinsTheCase() {
        String orderId = OrderFixtures.registerOrder("b-chat", "s-chat");
        UUID caseId = OrderFixtures.reportIssue("b-chat", orderId);
        String sellersPhoto = OrderFixtures.uploadPhoto("seller", "s-chat");
        given().header("Authorization", Tokens.bearer("buyer", "b-chat")).get("/api/evidence/" + sellersPhoto)
                .then().statusCode(404);

        events.send(TestEvents.record(new MessagePosted(caseId, UUID.randomUUID(), UUID.randomUUID(), "s-chat",
                "SELLER", "Here is how it looked when packed", List.of(sellersPhoto), Instant.now())));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> given()
                .header("Authorization", Tokens.bearer("buyer", "b-chat")).get("/api/evidence/" + sellersPhoto)
                .then().statusCode(200));
        given().header("Authorization", Tokens.bearer("buyer", "b-chat")).get("/api/cases/" + caseId)
                .then().body("timeline.type", hasItem("MessagePosted")).body("evidence", hasSize(2));
    }

    @Test
    void theBuyerWithdrawsAnOpenCaseOnceAndMayReportTheItemAgain() {
        String orderId = OrderFixtures.registerOrder("b-withdraw", "s-withdraw");
        UUID caseId = OrderFixtures.reportIssue("b-withdraw", orderId);

        withdraw("seller", "s-withdraw", caseId).then().statusCode(403);
        withdraw("buyer", "b-other", caseId).then().statusCode(404);
        withdraw("buyer", "b-withdraw", caseId).then().statusCode(200).body("status", equalTo("CLOSED"));
        withdraw("buyer", "b-withdraw", caseId).then().statusCode(409).contentType("application/problem+json");
        addEvidence("buyer", "b-withdraw", caseId, List.of(OrderFixtures.uploadPhoto("buyer", "b-withdraw")))
                .then().statusCode(409);

        ConsumerRecord<String, String> record = events.awaitRecords(Topics.CASE_WITHDRAWN, caseId.toString(), 1).get(0);
        assertEquals("s-withdraw", TestEvents.read(record.value(), CaseWithdrawn.class).sellerId());
        given().header("Authorization", Tokens.bearer("buyer", "b-withdraw")).get("/api/cases/" + caseId)
                .then().body("status", equalTo("CLOSED")).body("timeline.type", contains("IssueReported", "CaseWithdrawn"));
        OrderFixtures.reportIssue("b-withdraw", orderId);
    }

    @Test
    void buyersListTheirOwnCasesAndAgentsListAllByStatus() {
        String orderId = OrderFixtures.registerOrder("b-list", "s-list");
        UUID caseId = OrderFixtures.reportIssue("b-list", orderId);
        OrderFixtures.reportIssue("b-list-2", OrderFixtures.registerOrder("b-list-2", "s-list"));

        given().header("Authorization", Tokens.bearer("buyer", "b-list")).queryParam("status", "REPORTED")
                .get("/api/cases").then().statusCode(200).body("caseId", contains(caseId.toString()));
        given().header("Authorization", Tokens.bearer("seller", "s-list")).get("/api/cases")
                .then().statusCode(200).body("", hasSize(2));
        given().header("Authorization", Tokens.bearer("agent", "a-1")).queryParam("status", "REPORTED")
                .queryParam("size", 200).get("/api/cases")
                .then().statusCode(200).body("size()", greaterThanOrEqualTo(2)).body("status", everyItem(equalTo("REPORTED")));
        given().header("Authorization", Tokens.bearer("agent", "a-1")).queryParam("status", "LOST")
                .get("/api/cases").then().statusCode(400).body("violations.field", hasItem("status"));
        given().header("Authorization", Tokens.bearer("agent", "a-1")).queryParam("size", 100_000)
                .get("/api/cases").then().statusCode(400).contentType("application/problem+json");
    }

    private static io.restassured.response.Response addEvidence(String role, String user, UUID caseId,
            List<String> ids) {
        return given().header("Authorization", Tokens.bearer(role, user)).contentType(ContentType.JSON)
                .body(Map.of("evidenceIds", ids)).post("/api/cases/" + caseId + "/evidence");
    }

    private static io.restassured.response.Response withdraw(String role, String user, UUID caseId) {
        return given().header("Authorization", Tokens.bearer(role, user)).post("/api/cases/" + caseId + "/withdrawal");
    }
}
