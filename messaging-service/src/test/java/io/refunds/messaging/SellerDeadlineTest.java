package io.refunds.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.CaseWithdrawn;
import io.refunds.events.ConversationOpened;
import io.refunds.events.EventType;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.events.SellerReminder;
import io.refunds.events.SellerUnresponsive;
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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SellerDeadlineTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aSilentSellerMakesOneSellerUnresponsiveEvenWhenTheClaimIsRedelivered() {
        UUID caseId = UUID.randomUUID();
        ProducerRecord<String, String> claim = TestEvents.record(claim(caseId, "b-silent", "s-silent"));
        events.send(claim);
        events.send(claim);
        events.send(TestEvents.record(claim(caseId, "b-silent", "s-silent")));

        ConsumerRecord<String, String> record = events.awaitRecords(Topics.SELLER_UNRESPONSIVE, caseId.toString(), 1)
                .get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.SELLER_UNRESPONSIVE, record.value()));
        SellerUnresponsive event = TestEvents.read(record.value(), SellerUnresponsive.class);
        assertEquals("s-silent", event.sellerId());
        assertEquals(Money.of(12_900, "USD"), event.amountPaid());

        ConversationOpened opened = TestEvents.read(
                events.awaitRecords(Topics.CONVERSATION_OPENED, caseId.toString(), 1).get(0).value(),
                ConversationOpened.class);
        assertEquals(event.deadline(), opened.sellerDeadline());
        SellerReminder reminder = TestEvents.read(
                events.awaitRecords(Topics.SELLER_REMINDER, caseId.toString(), 1).get(0).value(), SellerReminder.class);
        assertTrue(reminder.remindedAt().isBefore(event.occurredAt()));
        conversationOf(caseId, "buyer", "b-silent")
                .body("[0].status", equalTo("SELLER_UNRESPONSIVE"))
                .body("[0].messages", hasSize(1))
                .body("[0].messages[0].authorRole", equalTo("SYSTEM"));
        // A later case's deadline firing means this one's was due and claimed too: still exactly one event.
        awaitAnotherSilentCase();
        assertEquals(1, events.recordsNow(Topics.SELLER_UNRESPONSIVE, caseId.toString()).size());
    }

    @Test
    void aSellerMessageBeforeTheDeadlineMeetsIt() {
        UUID caseId = UUID.randomUUID();
        events.send(TestEvents.record(claim(caseId, "b-answered", "s-answered")));
        String conversationId = Awaitility.await().atMost(EventLog.WAIT).until(
                () -> given().header("Authorization", Tokens.bearer("seller", "s-answered"))
                        .queryParam("caseId", caseId).get("/api/conversations")
                        .then().statusCode(200).extract().<String>path("[0].conversationId"),
                id -> id != null);

        given().header("Authorization", Tokens.bearer("seller", "s-answered"))
                .contentType(ContentType.JSON).body(Map.of("body", "<b>Sorry!</b> I can send a new one."))
                .when().post("/api/conversations/" + conversationId + "/messages")
                .then().statusCode(201).body("authorRole", equalTo("SELLER"));

        conversationOf(caseId, "buyer", "b-answered")
                .body("[0].status", equalTo("SELLER_RESPONDED"))
                .body("[0].messages.body", hasItem("<b>Sorry!</b> I can send a new one."));
        awaitAnotherSilentCase();
        assertEquals(List.of(), events.recordsNow(Topics.SELLER_UNRESPONSIVE, caseId.toString()));
    }

    @Test
    void aWithdrawnCaseClosesTheConversationAndTheSellerIsNeverReportedSilent() {
        UUID caseId = UUID.randomUUID();
        events.send(TestEvents.record(claim(caseId, "b-gone", "s-gone")));
        events.awaitRecords(Topics.CONVERSATION_OPENED, caseId.toString(), 1);
        events.send(TestEvents.record(new CaseWithdrawn(caseId, "b-gone", "s-gone", Instant.now())));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> conversationOf(caseId, "buyer", "b-gone")
                .body("[0].status", equalTo("CLOSED")).body("[0].messages", hasSize(2)));
        awaitAnotherSilentCase();
        assertEquals(List.of(), events.recordsNow(Topics.SELLER_UNRESPONSIVE, caseId.toString()));
    }

    @Test
    void onlyParticipantsAndAgentsReadOrWriteAConversation() {
        UUID caseId = UUID.randomUUID();
        events.send(TestEvents.record(claim(caseId, "b-private", "s-private")));
        String conversationId = Awaitility.await().atMost(EventLog.WAIT).until(
                () -> given().header("Authorization", Tokens.bearer("agent", "a-1"))
                        .queryParam("caseId", caseId).get("/api/conversations")
                        .then().statusCode(200).extract().<String>path("[0].conversationId"),
                id -> id != null);

        given().header("Authorization", Tokens.bearer("buyer", "b-intruder"))
                .get("/api/conversations/" + conversationId)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("buyer", "b-intruder"))
                .contentType(ContentType.JSON).body(Map.of("body", "hello"))
                .post("/api/conversations/" + conversationId + "/messages")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("buyer", "b-private"))
                .contentType(ContentType.JSON).body(Map.of("body", " "))
                .post("/api/conversations/" + conversationId + "/messages")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("body"));
        given().header("Authorization", Tokens.bearer("buyer", "b-private"))
                .contentType(ContentType.JSON).body(Map.of("body", "x".repeat(5001)))
                .post("/api/conversations/" + conversationId + "/messages")
                .then().statusCode(400);
        given().get("/api/conversations/" + conversationId).then().statusCode(401);
    }

    private void awaitAnotherSilentCase() {
        UUID later = UUID.randomUUID();
        events.send(TestEvents.record(claim(later, "b-later", "s-later")));
        events.awaitRecords(Topics.SELLER_UNRESPONSIVE, later.toString(), 1);
    }

    private static io.restassured.response.ValidatableResponse conversationOf(UUID caseId, String role, String user) {
        return given().header("Authorization", Tokens.bearer(role, user))
                .queryParam("caseId", caseId).get("/api/conversations")
                .then().statusCode(200);
    }

    private static IssueReported claim(UUID caseId, String buyerId, String sellerId) {
        return new IssueReported(caseId, "o-" + caseId, "i-1", "Earbuds", buyerId, sellerId, "DEFECTIVE", "No sound",
                Remedy.FULL_REFUND, Money.of(12_900, "USD"), Money.of(12_900, "USD"), List.of(), List.of(),
                Instant.now(), null);
    }
}
