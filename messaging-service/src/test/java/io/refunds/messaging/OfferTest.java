package io.refunds.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.refunds.events.EventType;
import io.refunds.events.Money;
import io.refunds.events.OfferMade;
import io.refunds.events.Remedy;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.messaging.MessagingApi.OfferBody;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The seller's offers over HTTP: idempotent, one open at a time, within what was paid; an acceptance settles. */
@QuarkusTest
@TestProfile(SellerHasTime.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OfferTest {

    private static final OfferBody FORTY_BACK = OfferBody.partialRefund(4_000).note("Keep it, with 40 USD back");

    private final EventLog events = new EventLog();
    private final MessagingApi buyer = MessagingApi.buyer("b-deal");
    private final MessagingApi seller = MessagingApi.seller("s-deal");
    private final UUID caseId = UUID.randomUUID();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void anOfferIsOpenUntilTheBuyerAnswers() {
        String conversation = open();

        seller.offer(conversation, FORTY_BACK, "k-1").then().statusCode(201).body("status", equalTo("OPEN"));
    }

    @Test
    void anOfferRepeatedWithItsIdempotencyKeyIsTheSameOffer() {
        String conversation = open();
        String offerId = seller.offer(conversation, FORTY_BACK, "k-1").then().statusCode(201).extract().path("offerId");

        assertEquals(offerId, seller.offer(conversation, FORTY_BACK, "k-1")
                .then().statusCode(201).extract().path("offerId"));
    }

    @Test
    void aSecondOfferWaitsUntilTheBuyerAnsweredTheFirst() {
        String conversation = open();
        seller.offer(conversation, FORTY_BACK, "k-1").then().statusCode(201);

        seller.offer(conversation, OfferBody.of("REPLACEMENT"), "k-2")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anOfferIsAnnouncedWithItsAmount() {
        offerForty(open());

        OfferMade made = TestEvents.read(events.awaitRecords(Topics.OFFER_MADE, caseId.toString(), 1).get(0).value(),
                OfferMade.class);
        assertEquals(Money.of(4_000, "USD"), made.amount());
    }

    @Test
    void anAcceptedOfferSettlesTheCase() {
        String conversation = open();
        String offerId = offerForty(conversation);

        buyer.accept(conversation, offerId).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        buyer.conversation(conversation).then().statusCode(200).body("status", equalTo("SETTLED"))
                .body("offers[0].status", equalTo("ACCEPTED"));
    }

    @Test
    void anAcceptedOfferIsPaidBySettlementAgreedCarryingTheClaimsPaymentTerms() {
        String conversation = open();
        buyer.accept(conversation, offerForty(conversation)).then().statusCode(200);

        ConsumerRecord<String, String> settled = events.awaitRecords(Topics.SETTLEMENT_AGREED, caseId.toString(), 1)
                .get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.SETTLEMENT_AGREED, settled.value()));
        SettlementAgreed settlement = TestEvents.read(settled.value(), SettlementAgreed.class);
        assertEquals(Remedy.PARTIAL_REFUND, settlement.offerType());
        assertEquals(Money.of(4_000, "USD"), settlement.refundAmount());
        assertEquals(Claims.TERMS, settlement.paymentTerms(), "the claim's payment terms travel on to the refund");
    }

    @Test
    void aSettledCaseTakesNoMoreOffersOrAnswers() {
        String conversation = open();
        String offerId = offerForty(conversation);
        buyer.accept(conversation, offerId).then().statusCode(200);

        seller.offer(conversation, OfferBody.of("FULL_REFUND"), "k-3")
                .then().statusCode(409).contentType("application/problem+json");
        buyer.reject(conversation, offerId).then().statusCode(409);
    }

    @Test
    void anOfferAboveWhatWasPaidIsRefused() {
        seller.offer(open(), OfferBody.partialRefund(12_901))
                .then().statusCode(400).body("violations.field", hasItem("amount.minorUnits"));
    }

    @Test
    void aPartialRefundNamesItsAmount() {
        seller.offer(open(), OfferBody.of("PARTIAL_REFUND"))
                .then().statusCode(400).body("violations.field", hasItem("amount"));
    }

    @Test
    void aReplacementNamesNoAmount() {
        seller.offer(open(), OfferBody.of("REPLACEMENT").amount(100))
                .then().statusCode(400).body("violations.field", hasItem("amount"));
    }

    @Test
    void anUnknownRemedyIsRefused() {
        seller.offer(open(), OfferBody.of("CASHBACK"))
                .then().statusCode(400).body("violations.field", hasItem("offerType"));
    }

    @Test
    void theBuyerCannotOffer() {
        buyer.offer(open(), OfferBody.of("FULL_REFUND"))
                .then().statusCode(403).contentType("application/problem+json");
    }

    private String open() {
        return Claims.openConversation(events, caseId, "b-deal", "s-deal");
    }

    private String offerForty(String conversation) {
        return seller.offer(conversation, FORTY_BACK, "k-1").then().statusCode(201).extract().path("offerId");
    }
}
