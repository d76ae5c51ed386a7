package io.refunds.messaging;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.refunds.events.EventType;
import io.refunds.events.NegotiationClosed;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.messaging.MessagingApi.OfferBody;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.util.List;
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
@TestProfile(SellerHasTime.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DisputeExclusionTest {

    private static final OfferBody SEVEN_BACK = OfferBody.partialRefund(700);

    private final EventLog events = new EventLog();
    private final MessagingApi buyer = MessagingApi.buyer("b-excl");
    private final MessagingApi seller = MessagingApi.seller("s-excl");
    private final UUID caseId = UUID.randomUUID();
    private final UUID disputeId = UUID.randomUUID();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aDisputeClosesTheNegotiationAndWithdrawsTheOpenOffer() {
        String conversation = open();
        offer(conversation);

        openDispute();

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> buyer.conversation(conversation).then()
                .statusCode(200).body("status", equalTo("IN_DISPUTE")).body("offers[0].status", equalTo("WITHDRAWN")));
    }

    @Test
    void aDisputeIsAnsweredWithNegotiationClosedNamingTheWithdrawnOffer() {
        String conversation = open();
        String offerId = offer(conversation);

        openDispute();

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
    void aParcelClaimOpensNoConversationAndItsDisputeIsAnsweredAtOnce() {
        events.send(TestEvents.record(Claims.claimOf(caseId).by("b-excl").against("s-excl").lostInParcel()));
        openDispute();

        NegotiationClosed closed = TestEvents.read(events.awaitRecords(Topics.NEGOTIATION_CLOSED, caseId.toString(), 1)
                .get(0).value(), NegotiationClosed.class);
        assertEquals(disputeId, closed.disputeId());
        assertNull(closed.conversationId());
        buyer.conversationsOf(caseId).then().statusCode(200).body("size()", equalTo(0));
        assertEquals(0, events.recordsNow(Topics.CONVERSATION_OPENED, caseId.toString()).size());
    }

    @Test
    void aLateOfferIsRefusedNamingTheDispute() {
        String conversation = inDispute();

        seller.offer(conversation, SEVEN_BACK).then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("DISPUTE_OPEN")).body("detail", containsString(disputeId.toString()));
    }

    @Test
    void aLateAcceptanceIsRefused() {
        String conversation = open();
        String offerId = offer(conversation);
        openDispute();
        awaitInDispute(conversation);

        buyer.accept(conversation, offerId).then().statusCode(409).body("rule", equalTo("DISPUTE_OPEN"));
    }

    @Test
    void aLateDeclineIsRefused() {
        String conversation = inDispute();

        seller.decline(conversation, "no").then().statusCode(409).body("rule", equalTo("DISPUTE_OPEN"));
    }

    @Test
    void aSettlementAgreedBeforeTheDisputeArrivedIsNamedInTheAnswer() {
        SettlementAgreed settlement = settle(open());

        openDispute();

        NegotiationClosed closed = TestEvents.read(
                events.awaitRecords(Topics.NEGOTIATION_CLOSED, caseId.toString(), 1).get(0).value(),
                NegotiationClosed.class);
        assertEquals(settlement.settlementId(), closed.settlementId());
        assertEquals(disputeId, closed.disputeId());
    }

    @Test
    void aDisputeArrivingAfterASettlementLeavesItSettled() {
        String conversation = open();
        settle(conversation);

        openDispute();

        events.awaitRecords(Topics.NEGOTIATION_CLOSED, caseId.toString(), 1);
        buyer.conversation(conversation).then().statusCode(200).body("status", equalTo("SETTLED"));
    }

    private String open() {
        return Claims.openConversation(events, caseId, "b-excl", "s-excl");
    }

    private String offer(String conversation) {
        return seller.offer(conversation, SEVEN_BACK).then().statusCode(201).extract().path("offerId");
    }

    private SettlementAgreed settle(String conversation) {
        buyer.accept(conversation, offer(conversation)).then().statusCode(200);
        return TestEvents.read(events.awaitRecords(Topics.SETTLEMENT_AGREED, caseId.toString(), 1).get(0).value(),
                SettlementAgreed.class);
    }

    private void openDispute() {
        events.send(TestEvents.record(CaseEvents.disputeOpened(disputeId, caseId, "b-excl", "s-excl")));
    }

    /** A conversation whose negotiation a dispute closed. */
    private String inDispute() {
        String conversation = open();
        openDispute();
        awaitInDispute(conversation);
        return conversation;
    }

    private void awaitInDispute(String conversation) {
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> buyer.conversation(conversation).then()
                .statusCode(200).body("status", equalTo("IN_DISPUTE")));
    }
}
