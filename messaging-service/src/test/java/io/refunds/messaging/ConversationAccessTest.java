package io.refunds.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.refunds.events.MessagePosted;
import io.refunds.events.Topics;
import io.refunds.messaging.MessagingApi.OfferBody;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only the case's buyer and seller, and agents, read or write its conversation; messages stay plain text. */
@QuarkusTest
@TestProfile(SellerHasTime.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConversationAccessTest {

    private final EventLog events = new EventLog();
    private final MessagingApi buyer = MessagingApi.buyer("b-private");
    private final MessagingApi intruder = MessagingApi.buyer("b-intruder");
    private final MessagingApi otherSeller = MessagingApi.seller("s-other");
    private final UUID caseId = UUID.randomUUID();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void anAgentFindsTheCasesConversation() {
        events.send(TestEvents.record(Claims.claimOf(caseId).by("b-private").against("s-private")
                .withoutPaymentTerms().build()));

        MessagingApi.agent("a-1").awaitConversationOf(caseId);
    }

    @Test
    void aStrangerCannotReadTheConversation() {
        intruder.conversation(open()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aStrangerCannotWriteInTheConversation() {
        intruder.post(open(), "hello").then().statusCode(404);
    }

    @Test
    void anotherSellerNeitherOffersNorWrites() {
        String conversation = open();

        otherSeller.offer(conversation, OfferBody.of("FULL_REFUND")).then().statusCode(404);
        otherSeller.post(conversation, "hello").then().statusCode(404);
    }

    @Test
    void anAnonymousCallerIsUnauthorized() {
        MessagingApi.anonymous().conversation(open()).then().statusCode(401);
    }

    @Test
    void aBlankMessageIsRefused() {
        buyer.post(open(), " ").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("body"));
    }

    @Test
    void aMessageOfMoreThanFiveThousandCharactersIsRefused() {
        buyer.post(open(), "x".repeat(5001)).then().statusCode(400);
    }

    @Test
    void aMessageIsKeptAsPlainTextWithItsEvidence() {
        UUID evidence = UUID.randomUUID();

        buyer.post(open(), "<img src=x onerror=alert(1)>", List.of(evidence))
                .then().statusCode(201).body("body", equalTo("<img src=x onerror=alert(1)>"));

        MessagePosted posted = TestEvents.read(
                events.awaitRecords(Topics.MESSAGE_POSTED, caseId.toString(), 1).get(0).value(), MessagePosted.class);
        assertEquals(List.of(evidence.toString()), posted.evidenceIds());
        assertEquals("BUYER", posted.authorRole());
    }

    private String open() {
        return Claims.openConversation(events, caseId, "b-private", "s-private");
    }
}
