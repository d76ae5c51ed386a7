package io.refunds.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.refunds.events.BuyerEscalated;
import io.refunds.events.SellerDeclined;
import io.refunds.events.Topics;
import io.refunds.messaging.MessagingApi.OfferBody;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The buyer escalates after the seller declined or an offer was rejected, not while the seller is answering. */
@QuarkusTest
@TestProfile(SellerHasTime.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EscalationTest {

    private final EventLog events = new EventLog();
    private final MessagingApi buyer = MessagingApi.buyer("b-reject");
    private final MessagingApi seller = MessagingApi.seller("s-reject");
    private final UUID caseId = UUID.randomUUID();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void whileTheSellerStillHasTimeTheBuyerCannotEscalate() {
        buyer.escalate(open()).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void whileAnOfferIsOpenTheBuyerCannotEscalate() {
        String conversation = open();
        offerReplacement(conversation);

        buyer.escalate(conversation).then().statusCode(409);
    }

    @Test
    void aRejectionKeepsTheBuyersReason() {
        String conversation = open();

        buyer.reject(conversation, offerReplacement(conversation), "I want my money back")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("answerReason", equalTo("I want my money back"));
        assertEquals(1, events.awaitRecords(Topics.OFFER_REJECTED, caseId.toString(), 1).size());
    }

    @Test
    void aRejectedOfferLetsTheBuyerEscalate() {
        String conversation = open();
        buyer.reject(conversation, offerReplacement(conversation), "I want my money back").then().statusCode(200);

        buyer.escalate(conversation).then().statusCode(200).body("status", equalTo("ESCALATED"));
        BuyerEscalated escalated = TestEvents.read(
                events.awaitRecords(Topics.BUYER_ESCALATED, caseId.toString(), 1).get(0).value(), BuyerEscalated.class);
        assertEquals("s-reject", escalated.sellerId());
        assertEquals(Claims.PAID, escalated.amountPaid());
    }

    @Test
    void onlyTheSellerDeclines() {
        buyer.decline(open(), "It worked when shipped")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aDeclineIsAnnouncedWithTheSellersReason() {
        seller.decline(open(), "It worked when shipped")
                .then().statusCode(200).body("status", equalTo("SELLER_DECLINED"));

        SellerDeclined declined = TestEvents.read(
                events.awaitRecords(Topics.SELLER_DECLINED, caseId.toString(), 1).get(0).value(), SellerDeclined.class);
        assertEquals("It worked when shipped", declined.reason());
    }

    @Test
    void theSellerDeclinesOnce() {
        String conversation = open();
        seller.decline(conversation, "It worked when shipped").then().statusCode(200);

        seller.decline(conversation, "It worked when shipped").then().statusCode(409);
    }

    @Test
    void aSellersDeclineLetsTheBuyerEscalate() {
        String conversation = open();
        seller.decline(conversation, "It worked when shipped").then().statusCode(200);

        buyer.escalate(conversation).then().statusCode(200);
        events.awaitRecords(Topics.BUYER_ESCALATED, caseId.toString(), 1);
    }

    private String open() {
        return Claims.openConversation(events, caseId, "b-reject", "s-reject");
    }

    private String offerReplacement(String conversation) {
        return seller.offer(conversation, OfferBody.of("REPLACEMENT")).then().statusCode(201).extract().path("offerId");
    }
}
