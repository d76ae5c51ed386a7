package io.refunds.dispute;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DisputeApi;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.events.DisputeOpened;
import io.refunds.events.EvidenceRef;
import io.refunds.events.Money;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The buyer escalates a case only once the seller refused (here: the buyer rejected the seller's offer), and the
 * case file, built from the events alone, shows the claim, its evidence and the whole negotiation.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseFileAndEscalationTest {

    private static final String PHOTO_HASH = "a".repeat(64);
    private static final String QC_HASH = "b".repeat(64);
    private static final String WILL_NOT_HELP = "The seller will not help";

    private final EventLog events = new EventLog();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theBuyerCannotEscalateWhileTheSellerStillHasTimeToAnswer() {
        awaitSellerStillAnswering(conversationOpened());
    }

    @Test
    void anotherBuyerCannotEscalateTheCase() {
        CaseEvents kase = conversationOpened();
        awaitSellerStillAnswering(kase);
        DisputeApi.buyer("b-other").escalate(kase.caseId(), WILL_NOT_HELP).then().statusCode(404);
    }

    @Test
    void onlyBuyersEscalate() {
        CaseEvents kase = conversationOpened();
        DisputeApi.agent("a-1").escalate(kase.caseId()).then().statusCode(403);
    }

    @Test
    void theBuyerEscalatesOnceTheyRejectedTheSellersOffer() {
        CaseEvents kase = offerRejected();
        String disputeId = escalated(kase);
        DisputeOpened opened = TestEvents.read(
                events.awaitRecords(Topics.DISPUTE_OPENED, kase.caseId().toString(), 1).get(0).value(),
                DisputeOpened.class);
        assertEquals(DisputeOpened.DisputeTrigger.BUYER_ESCALATION, opened.trigger());
        assertEquals(UUID.fromString(disputeId), opened.disputeId());
    }

    @Test
    void aCaseIsEscalatedOnce() {
        CaseEvents kase = offerRejected();
        escalated(kase);
        buyer(kase).escalate(kase.caseId(), WILL_NOT_HELP).then().statusCode(409);
    }

    @Test
    void theCaseFileShowsTheClaimAndEveryEventInOrder() {
        String disputeId = escalated(offerRejected());
        DisputeFlows.AGENT.find(disputeId).then().statusCode(200)
                .body("caseFile.claim.description", equalTo("No sound"))
                .body("caseFile.entries.type", contains("IssueReported", "ConversationOpened", "MessagePosted",
                        "OfferMade", "OfferRejected"));
    }

    @Test
    void theCaseFileKeepsTheEvidenceAndQcPhotoHashes() {
        String disputeId = escalated(offerRejected());
        DisputeFlows.AGENT.find(disputeId).then().statusCode(200)
                .body("caseFile.entries[0].evidence.sha256", contains(PHOTO_HASH, QC_HASH));
    }

    @Test
    void theSellerSeesTheEscalatedDispute() {
        CaseEvents kase = offerRejected();
        String disputeId = escalated(kase);
        DisputeApi.seller(kase.sellerId()).find(disputeId).then().statusCode(200);
    }

    /** The earbuds' claim with a photo and a QC photo; the seller has 48 hours to answer. */
    private CaseEvents conversationOpened() {
        CaseEvents kase = CaseEvents.newCase("b-file", "s-file");
        events.send(TestEvents.record(kase.issueReported().itemTitle("Earbuds").description("No sound")
                .evidence(new EvidenceRef("e-1", "image/jpeg", PHOTO_HASH))
                .qcPhotos(new EvidenceRef("qc-1", "image/png", QC_HASH)).at(now).build()));
        events.send(TestEvents.record(kase.conversationOpened(now.plus(Duration.ofHours(48)), now.plusSeconds(1))));
        return kase;
    }

    /** The seller asked a question, offered 20.00 USD, and the buyer rejected the offer. */
    private CaseEvents offerRejected() {
        CaseEvents kase = conversationOpened();
        UUID offerId = UUID.randomUUID();
        events.send(TestEvents.record(kase.sellerWrote("Did you charge it?", now.plusSeconds(2))));
        events.send(TestEvents.record(kase.partialRefundOffered(offerId, Money.of(2_000, "USD"), now.plusSeconds(3))));
        events.send(TestEvents.record(kase.offerRejected(offerId, "Too little", now.plusSeconds(4))));
        return kase;
    }

    /** Once the case file has the conversation, the buyer's escalation is refused: the seller still has time. */
    private static void awaitSellerStillAnswering(CaseEvents kase) {
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> buyer(kase).escalate(kase.caseId(), WILL_NOT_HELP)
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("SELLER_STILL_ANSWERING")));
    }

    private static String escalated(CaseEvents kase) {
        return Awaitility.await().atMost(EventLog.WAIT).until(() -> buyer(kase).escalate(kase.caseId(), WILL_NOT_HELP)
                .then().extract().<String>path("disputeId"), id -> id != null);
    }

    private static DisputeApi buyer(CaseEvents kase) {
        return DisputeApi.buyer(kase.buyerId());
    }
}
