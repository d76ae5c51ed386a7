package io.refunds.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.ConversationOpened;
import io.refunds.events.Money;
import io.refunds.events.SellerUnresponsive;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The case view, read in one query: every part of the case, in order, and nothing of other cases or items. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseViewTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theCaseShowsItsEvidenceQcPhotosAndTimelineInOrderAndNothingElse() {
        String orderId = OrderFixtures.registerOrder("b-view", "s-view");
        JsonPath qc1 = uploadQcPhoto(orderId, OrderFixtures.RECENT);
        JsonPath qc2 = uploadQcPhoto(orderId, OrderFixtures.RECENT);
        uploadQcPhoto(orderId, OrderFixtures.OLDER);
        JsonPath photo1 = upload("b-view", Media.png(16));
        JsonPath photo2 = upload("b-view", Media.jpeg(12));
        UUID otherCase = OrderFixtures.reportIssue("b-view", OrderFixtures.registerOrder("b-view", "s-view"));
        String caseId = given().header("Authorization", Tokens.bearer("buyer", "b-view"))
                .contentType(ContentType.JSON)
                .body(Map.of("orderId", orderId, "itemId", OrderFixtures.RECENT, "reason", "DEFECTIVE",
                        "description", "No sound", "requestedOutcome", "PARTIAL_REFUND",
                        "requestedAmount", Map.of("minorUnits", 5_000, "currency", "USD"),
                        "evidenceIds", List.of(photo1.getString("evidenceId"), photo2.getString("evidenceId"))))
                .when().post("/api/cases").then().statusCode(201).extract().path("caseId");
        UUID id = UUID.fromString(caseId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant sellerDeadline = now.plusSeconds(60);
        events.send(TestEvents.record(new ConversationOpened(id, UUID.randomUUID(), "b-view", "s-view",
                sellerDeadline, now.plusSeconds(1))));
        events.send(TestEvents.record(new SellerUnresponsive(id, UUID.randomUUID(), orderId, OrderFixtures.RECENT,
                "b-view", "s-view", "DEFECTIVE", Money.of(12_900, "USD"), sellerDeadline, now.plusSeconds(2))));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> read("buyer", "b-view", caseId)
                .body("timeline.type", contains("IssueReported", "ConversationOpened", "SellerUnresponsive"))
                .body("timeline[2].occurredAt", equalTo(now.plusSeconds(2).toString())));

        JsonPath view = read("buyer", "b-view", caseId)
                .body("caseId", equalTo(caseId))
                .body("orderId", equalTo(orderId))
                .body("requestedOutcome", equalTo("PARTIAL_REFUND"))
                .body("requestedAmount.minorUnits", equalTo(5_000))
                .body("amountPaid.minorUnits", equalTo(12_900))
                .body("amountRefunded.minorUnits", equalTo(0))
                .body("evidence.evidenceId", contains(photo1.getString("evidenceId"), photo2.getString("evidenceId")))
                .body("qcPhotos.evidenceId", contains(qc1.getString("evidenceId"), qc2.getString("evidenceId")))
                .body("timeline.actor", contains("b-view", "system", "system"))
                .extract().jsonPath();
        assertSameEvidence(photo1, view.getMap("evidence[0]"));
        assertSameEvidence(photo2, view.getMap("evidence[1]"));
        assertSameEvidence(qc2, view.getMap("qcPhotos[1]"));
        assertEquals(Instant.parse(view.getString("reportedAt")), Instant.parse(view.getString("timeline[0].occurredAt")));

        read("seller", "s-view", caseId).body("caseId", equalTo(caseId));
        read("agent", "a-1", caseId).body("evidence.size()", equalTo(2));
        given().header("Authorization", Tokens.bearer("buyer", "b-someone-else"))
                .when().get("/api/cases/" + caseId).then().statusCode(404).contentType("application/problem+json");
        read("buyer", "b-view", otherCase.toString()).body("evidence.size()", equalTo(1))
                .body("qcPhotos.size()", equalTo(0));
    }

    /** The view shows an upload as its upload answer did (the database keeps microseconds). */
    private static void assertSameEvidence(JsonPath uploaded, Map<String, Object> shown) {
        for (String field : List.of("evidenceId", "purpose", "contentType", "kind", "sizeBytes", "sha256", "uploadedBy")) {
            assertEquals(String.valueOf(uploaded.getString(field)), String.valueOf(shown.get(field)), field);
        }
        assertEquals(Instant.parse(uploaded.getString("uploadedAt")).truncatedTo(ChronoUnit.MICROS),
                Instant.parse((String) shown.get("uploadedAt")));
    }

    private static JsonPath upload(String buyerId, byte[] image) {
        return given().header("Authorization", Tokens.bearer("buyer", buyerId))
                .multiPart("file", "photo.bin", image, "application/octet-stream")
                .when().post("/api/evidence").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath uploadQcPhoto(String orderId, String itemId) {
        return given().header("Authorization", Tokens.bearer("platform", "warehouse"))
                .multiPart("file", "qc.png", Media.png(10), "image/png")
                .when().post("/api/orders/" + orderId + "/items/" + itemId + "/qc-photos")
                .then().statusCode(201).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse read(String role, String userId, String caseId) {
        return given().header("Authorization", Tokens.bearer(role, userId))
                .when().get("/api/cases/" + caseId).then().statusCode(200);
    }
}
