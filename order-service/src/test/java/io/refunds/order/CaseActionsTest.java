package io.refunds.order;

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
import io.refunds.events.Topics;
import io.refunds.order.fixtures.CaseEvents;
import io.refunds.order.fixtures.Media;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the parties do on a case once it is open: add evidence, withdraw it, list their cases. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseActionsTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theBuyerAndTheSellerAddEvidenceToTheCase() {
        UUID caseId = OrderApi.buyer("b-more").newCase("s-more");
        String video = uploadVideo("b-more");
        String sellersPhoto = OrderApi.seller("s-more").uploadPhoto();

        OrderApi.buyer("b-more").addEvidence(caseId, List.of(video)).then().statusCode(200)
                .body("evidence", hasSize(2)).body("timeline.type", hasItem("EvidenceAdded"));
        OrderApi.seller("s-more").addEvidence(caseId, List.of(sellersPhoto)).then().statusCode(200)
                .body("evidence", hasSize(3));
    }

    @Test
    void evidenceAlreadyOnTheCaseIsRefusedNamingItsPlace() {
        UUID caseId = OrderApi.buyer("b-more").newCase("s-more");
        String video = uploadVideo("b-more");
        OrderApi.buyer("b-more").addEvidence(caseId, List.of(video)).then().statusCode(200);

        OrderApi.buyer("b-more").addEvidence(caseId, List.of(video)).then().statusCode(400)
                .body("violations.field", hasItem("evidenceIds[0]"));
    }

    @Test
    void someoneElsesCaseIsNotFound() {
        UUID caseId = OrderApi.buyer("b-more").newCase("s-more");

        OrderApi.buyer("b-other").addEvidence(caseId, List.of(uploadVideo("b-more"))).then().statusCode(404);
    }

    @Test
    void noEvidenceIsNoAddition() {
        UUID caseId = OrderApi.buyer("b-more").newCase("s-more");

        OrderApi.buyer("b-more").addEvidence(caseId, List.of()).then().statusCode(400)
                .body("violations.field", hasItem("evidenceIds"));
    }

    @Test
    void addedEvidenceIsAnnouncedInEvidenceAdded() {
        UUID caseId = OrderApi.buyer("b-more").newCase("s-more");
        String video = uploadVideo("b-more");
        OrderApi.buyer("b-more").addEvidence(caseId, List.of(video)).then().statusCode(200);
        OrderApi.seller("s-more").addEvidence(caseId, List.of(OrderApi.seller("s-more").uploadPhoto())).then()
                .statusCode(200);

        List<ConsumerRecord<String, String>> added = events.awaitRecords(Topics.EVIDENCE_ADDED, caseId.toString(), 2);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.EVIDENCE_ADDED, added.get(0).value()));
        EvidenceAdded first = TestEvents.read(added.get(0).value(), EvidenceAdded.class);
        assertEquals("b-more", first.addedBy());
        assertEquals(Media.sha256(Media.mp4()), first.evidence().get(0).sha256());
    }

    @Test
    void theSellerOfTheCaseMayReadTheBuyersAddedEvidence() {
        UUID caseId = OrderApi.buyer("b-more").newCase("s-more");
        String video = uploadVideo("b-more");
        OrderApi.buyer("b-more").addEvidence(caseId, List.of(video)).then().statusCode(200);

        OrderApi.seller("s-more").evidence(video).then().statusCode(200);
    }

    @Test
    void evidenceSentInAConversationMessageJoinsTheCase() {
        UUID caseId = OrderApi.buyer("b-chat").newCase("s-chat");
        String sellersPhoto = OrderApi.seller("s-chat").uploadPhoto();
        OrderApi.buyer("b-chat").evidence(sellersPhoto).then().statusCode(404);

        events.send(TestEvents.record(CaseEvents.about(caseId).buyer("b-chat").seller("s-chat")
                .message("SELLER", List.of(sellersPhoto), Instant.now())));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> OrderApi.buyer("b-chat").evidence(sellersPhoto)
                .then().statusCode(200));
        OrderApi.buyer("b-chat").readCase(caseId).then().body("timeline.type", hasItem("MessagePosted"))
                .body("evidence", hasSize(2));
    }

    @Test
    void onlyTheBuyerWithdrawsTheCase() {
        UUID caseId = OrderApi.buyer("b-withdraw").newCase("s-withdraw");

        OrderApi.seller("s-withdraw").withdraw(caseId).then().statusCode(403);
        OrderApi.buyer("b-other").withdraw(caseId).then().statusCode(404);
    }

    @Test
    void theBuyerWithdrawsAnOpenCaseOnce() {
        UUID caseId = OrderApi.buyer("b-withdraw").newCase("s-withdraw");

        OrderApi.buyer("b-withdraw").withdraw(caseId).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("caseId", equalTo(caseId.toString()));
        OrderApi.buyer("b-withdraw").withdraw(caseId).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aWithdrawnCaseTakesNoMoreEvidence() {
        UUID caseId = OrderApi.buyer("b-withdraw").newCase("s-withdraw");
        OrderApi.buyer("b-withdraw").withdraw(caseId).then().statusCode(200);

        OrderApi.buyer("b-withdraw").addEvidence(caseId, List.of(OrderApi.buyer("b-withdraw").uploadPhoto()))
                .then().statusCode(409);
    }

    @Test
    void aWithdrawalIsAnnouncedAndEndsTheTimeline() {
        UUID caseId = OrderApi.buyer("b-withdraw").newCase("s-withdraw");
        OrderApi.buyer("b-withdraw").withdraw(caseId).then().statusCode(200);

        ConsumerRecord<String, String> record = events.awaitRecords(Topics.CASE_WITHDRAWN, caseId.toString(), 1).get(0);
        assertEquals("s-withdraw", TestEvents.read(record.value(), CaseWithdrawn.class).sellerId());
        OrderApi.buyer("b-withdraw").readCase(caseId).then().body("status", equalTo("CLOSED"))
                .body("timeline.type", contains("IssueReported", "CaseWithdrawn"));
    }

    @Test
    void afterAWithdrawalTheItemMayBeReportedAgain() {
        String orderId = OrderApi.platform().registerOrder("b-withdraw", "s-withdraw");
        UUID caseId = OrderApi.buyer("b-withdraw").reportIssue(orderId);
        OrderApi.buyer("b-withdraw").withdraw(caseId).then().statusCode(200);

        OrderApi.buyer("b-withdraw").reportIssue(orderId);
    }

    @Test
    void aBuyerListsTheirOwnCasesByStatus() {
        UUID caseId = OrderApi.buyer("b-list").newCase("s-list");
        OrderApi.buyer("b-list-2").newCase("s-list");

        OrderApi.buyer("b-list").cases(Map.of("status", "REPORTED")).then().statusCode(200)
                .body("caseId", contains(caseId.toString()));
    }

    @Test
    void aSellerListsTheCasesOnTheirItems() {
        OrderApi.buyer("b-list-s1").newCase("s-list-only");
        OrderApi.buyer("b-list-s2").newCase("s-list-only");

        OrderApi.seller("s-list-only").cases().then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void agentsListEveryCaseByStatus() {
        OrderApi.buyer("b-list-a1").newCase("s-list");
        OrderApi.buyer("b-list-a2").newCase("s-list");

        OrderApi.agent("a-1").cases(Map.of("status", "REPORTED", "size", 200)).then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(2)).body("status", everyItem(equalTo("REPORTED")));
    }

    @Test
    void anUnknownStatusOrAnOversizedPageIsAProblem() {
        OrderApi.agent("a-1").cases(Map.of("status", "LOST")).then().statusCode(400)
                .body("violations.field", hasItem("status"));
        OrderApi.agent("a-1").cases(Map.of("size", 100_000)).then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String uploadVideo(String buyerId) {
        return OrderApi.buyer(buyerId).upload("unboxing.mp4", Media.mp4(), "video/mp4").then().statusCode(201)
                .extract().path("evidenceId");
    }
}
