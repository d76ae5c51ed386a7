package io.refunds.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.ConversationOpened;
import io.refunds.events.EventType;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.SellerReminder;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The seller's deadline (6 s here, reminder 3 s before): a silent seller is reminded, then reported, once. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SellerDeadlineTest {

    private final EventLog events = new EventLog();
    private final UUID caseId = UUID.randomUUID();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aSilentSellerIsRemindedThenReportedAtTheDeadlineTheConversationOpenedWith() {
        events.send(TestEvents.record(claim("b-silent", "s-silent")));

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
    }

    @Test
    void aRedeliveredClaimOpensOneConversationReportedOnce() {
        ProducerRecord<String, String> claim = TestEvents.record(claim("b-silent", "s-silent"));
        events.send(claim);
        events.send(claim);
        events.send(TestEvents.record(claim("b-silent", "s-silent")));
        events.awaitRecords(Topics.SELLER_UNRESPONSIVE, caseId.toString(), 1);

        MessagingApi.buyer("b-silent").conversationsOf(caseId).then().statusCode(200)
                .body("[0].status", equalTo("SELLER_UNRESPONSIVE"))
                .body("[0].messages", hasSize(1))
                .body("[0].messages[0].authorRole", equalTo("SYSTEM"));
        // A later case's deadline firing means this one's was due and claimed too: still exactly one event.
        awaitAnotherSilentCase();
        assertEquals(1, events.recordsNow(Topics.SELLER_UNRESPONSIVE, caseId.toString()).size());
    }

    @Test
    void theSellersMessageIsPostedAsTheSellersPlainText() {
        String conversation = openAsSeller("b-answered", "s-answered");

        MessagingApi.seller("s-answered").post(conversation, "<b>Sorry!</b> I can send a new one.")
                .then().statusCode(201).body("authorRole", equalTo("SELLER"));
        MessagingApi.buyer("b-answered").conversationsOf(caseId).then().statusCode(200)
                .body("[0].messages.body", hasItem("<b>Sorry!</b> I can send a new one."));
    }

    @Test
    void aSellerMessageBeforeTheDeadlineMeetsIt() {
        String conversation = openAsSeller("b-answered", "s-answered");

        MessagingApi.seller("s-answered").post(conversation, "<b>Sorry!</b> I can send a new one.")
                .then().statusCode(201);

        MessagingApi.buyer("b-answered").conversationsOf(caseId).then().statusCode(200)
                .body("[0].status", equalTo("SELLER_RESPONDED"));
        awaitAnotherSilentCase();
        assertEquals(List.of(), events.recordsNow(Topics.SELLER_UNRESPONSIVE, caseId.toString()));
    }

    @Test
    void aWithdrawnCaseClosesTheConversation() {
        withdrawAfterOpening("b-gone", "s-gone");

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> MessagingApi.buyer("b-gone")
                .conversationsOf(caseId).then().statusCode(200)
                .body("[0].status", equalTo("CLOSED")).body("[0].messages", hasSize(2)));
    }

    @Test
    void theSellerOfAWithdrawnCaseIsNeverReportedSilent() {
        withdrawAfterOpening("b-gone", "s-gone");
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> MessagingApi.buyer("b-gone")
                .conversationsOf(caseId).then().statusCode(200).body("[0].status", equalTo("CLOSED")));

        awaitAnotherSilentCase();
        assertEquals(List.of(), events.recordsNow(Topics.SELLER_UNRESPONSIVE, caseId.toString()));
    }

    private String openAsSeller(String buyerId, String sellerId) {
        events.send(TestEvents.record(claim(buyerId, sellerId)));
        return MessagingApi.seller(sellerId).awaitConversationOf(caseId);
    }

    private void withdrawAfterOpening(String buyerId, String sellerId) {
        events.send(TestEvents.record(claim(buyerId, sellerId)));
        events.awaitRecords(Topics.CONVERSATION_OPENED, caseId.toString(), 1);
        events.send(TestEvents.record(CaseEvents.caseWithdrawn(caseId, buyerId, sellerId)));
    }

    private void awaitAnotherSilentCase() {
        UUID later = UUID.randomUUID();
        events.send(TestEvents.record(Claims.claimOf(later).by("b-later").against("s-later").withoutPaymentTerms()
                .build()));
        events.awaitRecords(Topics.SELLER_UNRESPONSIVE, later.toString(), 1);
    }

    private IssueReported claim(String buyerId, String sellerId) {
        return Claims.claimOf(caseId).by(buyerId).against(sellerId).withoutPaymentTerms().build();
    }
}
