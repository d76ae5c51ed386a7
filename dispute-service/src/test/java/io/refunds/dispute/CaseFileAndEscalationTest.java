package io.refunds.dispute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.ConversationOpened;
import io.refunds.events.DisputeOpened;
import io.refunds.events.EvidenceRef;
import io.refunds.events.IssueReported;
import io.refunds.events.MessagePosted;
import io.refunds.events.Money;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.Remedy;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseFileAndEscalationTest {

    private static final Money PAID = Money.of(12_900, "USD");
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theBuyerEscalatesOnlyOnceTheSellerRefusedAndTheCaseFileShowsEverything() {
        UUID caseId = UUID.randomUUID();
        UUID conversationId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String photoHash = "a".repeat(64);
        events.send(TestEvents.record(new IssueReported(caseId, "o-1", "i-1", "Earbuds", "b-file", "s-file",
                "DEFECTIVE", "No sound", Remedy.FULL_REFUND, PAID, PAID,
                List.of(new EvidenceRef("e-1", "image/jpeg", photoHash)),
                List.of(new EvidenceRef("qc-1", "image/png", "b".repeat(64))), now, null)));
        events.send(TestEvents.record(new ConversationOpened(caseId, conversationId, "b-file", "s-file",
                now.plus(Duration.ofHours(48)), now.plusSeconds(1))));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> escalate("b-file", caseId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("SELLER_STILL_ANSWERING")));
        escalate("b-other", caseId).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("agent", "a-1")).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId)).post("/api/disputes").then().statusCode(403);

        UUID offerId = UUID.randomUUID();
        events.send(TestEvents.record(new MessagePosted(caseId, conversationId, UUID.randomUUID(), "s-file", "SELLER",
                "Did you charge it?", List.of(), now.plusSeconds(2))));
        events.send(TestEvents.record(new OfferMade(caseId, conversationId, offerId, "s-file",
                Remedy.PARTIAL_REFUND, Money.of(2_000, "USD"), PAID, null, now.plusSeconds(3))));
        events.send(TestEvents.record(new OfferRejected(caseId, conversationId, offerId, "b-file", "Too little",
                now.plusSeconds(4))));

        String disputeId = Awaitility.await().atMost(EventLog.WAIT).until(() -> escalate("b-file", caseId)
                .then().extract().<String>path("disputeId"), id -> id != null);
        escalate("b-file", caseId).then().statusCode(409);
        DisputeOpened opened = TestEvents.read(
                events.awaitRecords(Topics.DISPUTE_OPENED, caseId.toString(), 1).get(0).value(), DisputeOpened.class);
        assertEquals(DisputeOpened.DisputeTrigger.BUYER_ESCALATION, opened.trigger());
        assertEquals(UUID.fromString(disputeId), opened.disputeId());

        given().header("Authorization", Tokens.bearer("agent", "a-1")).get("/api/disputes/" + disputeId)
                .then().statusCode(200)
                .body("caseFile.claim.description", equalTo("No sound"))
                .body("caseFile.entries.type", contains("IssueReported", "ConversationOpened", "MessagePosted",
                        "OfferMade", "OfferRejected"))
                .body("caseFile.entries[0].evidence.sha256", contains(photoHash, "b".repeat(64)));
        given().header("Authorization", Tokens.bearer("seller", "s-file")).get("/api/disputes/" + disputeId)
                .then().statusCode(200);
    }

    private static io.restassured.response.Response escalate(String buyerId, UUID caseId) {
        return given().header("Authorization", Tokens.bearer("buyer", buyerId)).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "reason", "The seller will not help")).post("/api/disputes");
    }
}
