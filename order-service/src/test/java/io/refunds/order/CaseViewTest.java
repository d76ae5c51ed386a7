package io.refunds.order;

import static io.refunds.order.fixtures.OrderApi.OLDER;
import static io.refunds.order.fixtures.OrderApi.RECENT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.order.fixtures.CaseEvents;
import io.refunds.order.fixtures.Media;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.Requests;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
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
    void theCaseShowsItsClaimEvidenceQcPhotosAndTimelineInOrder() {
        Viewed viewed = viewedCase("b-view-1");

        OrderApi.buyer("b-view-1").caseView(viewed.caseId())
                .body("caseId", equalTo(viewed.caseId().toString()))
                .body("orderId", equalTo(viewed.orderId()))
                .body("requestedOutcome", equalTo("PARTIAL_REFUND"))
                .body("requestedAmount.minorUnits", equalTo(5_000))
                .body("amountPaid.minorUnits", equalTo(12_900))
                .body("amountRefunded.minorUnits", equalTo(0))
                .body("evidence.evidenceId", contains(id(viewed.photo1()), id(viewed.photo2())))
                .body("qcPhotos.evidenceId", contains(id(viewed.qc1()), id(viewed.qc2())))
                .body("timeline.actor", contains("b-view-1", "system", "system"));
    }

    @Test
    void evidenceShowsAsItsUploadAnsweredAndTheFirstLineWhenTheCaseWasReported() {
        Viewed viewed = viewedCase("b-view-2");

        JsonPath view = OrderApi.buyer("b-view-2").caseView(viewed.caseId()).extract().jsonPath();

        assertSameEvidence(viewed.photo1(), view.getMap("evidence[0]"));
        assertSameEvidence(viewed.photo2(), view.getMap("evidence[1]"));
        assertSameEvidence(viewed.qc2(), view.getMap("qcPhotos[1]"));
        assertEquals(Instant.parse(view.getString("reportedAt")), Instant.parse(view.getString("timeline[0].occurredAt")));
    }

    @Test
    void theSellerAndAgentsReadTheCaseAndStrangersDoNot() {
        Viewed viewed = viewedCase("b-view-3");

        OrderApi.seller("s-view").caseView(viewed.caseId()).body("caseId", equalTo(viewed.caseId().toString()));
        OrderApi.agent("a-1").caseView(viewed.caseId()).body("evidence.size()", equalTo(2));
        OrderApi.buyer("b-someone-else").readCase(viewed.caseId()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anotherCaseOfTheBuyerShowsOnlyItsOwnEvidenceAndItemsPhotos() {
        Viewed viewed = viewedCase("b-view-4");

        OrderApi.buyer("b-view-4").caseView(viewed.otherCase()).body("evidence.size()", equalTo(1))
                .body("qcPhotos.size()", equalTo(0));
    }

    /** A case and what it shows, with another case of the same buyer beside it. */
    private record Viewed(String orderId, UUID caseId, UUID otherCase, JsonPath photo1, JsonPath photo2, JsonPath qc1,
            JsonPath qc2) {
    }

    /**
     * Two QC photos of the reported item and one of another item, two photos of the buyer's on the case, the
     * conversation and the seller's silence; returns once the timeline shows them.
     */
    private Viewed viewedCase(String buyerId) {
        OrderApi buyer = OrderApi.buyer(buyerId);
        String orderId = OrderApi.platform().registerOrder(buyerId, "s-view");
        JsonPath qc1 = uploadQcPhoto(orderId, RECENT);
        JsonPath qc2 = uploadQcPhoto(orderId, RECENT);
        uploadQcPhoto(orderId, OLDER);
        JsonPath photo1 = upload(buyer, Media.png(16));
        JsonPath photo2 = upload(buyer, Media.jpeg(12));
        UUID otherCase = buyer.newCase("s-view");
        String reported = buyer.report(Requests.report(orderId, RECENT).description("No sound")
                        .outcome("PARTIAL_REFUND").amount(5_000, "USD").evidence(id(photo1), id(photo2)))
                .then().statusCode(201).extract().path("caseId");
        UUID caseId = UUID.fromString(reported);
        CaseEvents about = CaseEvents.about(caseId).order(orderId).buyer(buyerId).seller("s-view");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant sellerDeadline = now.plusSeconds(60);
        events.send(TestEvents.record(about.conversationOpened(sellerDeadline, now.plusSeconds(1))));
        events.send(TestEvents.record(about.sellerUnresponsive(sellerDeadline, now.plusSeconds(2))));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> buyer.caseView(caseId)
                .body("timeline.type", contains("IssueReported", "ConversationOpened", "SellerUnresponsive"))
                .body("timeline[2].occurredAt", equalTo(now.plusSeconds(2).toString())));
        return new Viewed(orderId, caseId, otherCase, photo1, photo2, qc1, qc2);
    }

    /** The view shows an upload as its upload answer did (the database keeps microseconds). */
    private static void assertSameEvidence(JsonPath uploaded, Map<String, Object> shown) {
        for (String field : List.of("evidenceId", "purpose", "contentType", "kind", "sizeBytes", "sha256", "uploadedBy")) {
            assertEquals(String.valueOf(uploaded.getString(field)), String.valueOf(shown.get(field)), field);
        }
        assertEquals(Instant.parse(uploaded.getString("uploadedAt")).truncatedTo(ChronoUnit.MICROS),
                Instant.parse((String) shown.get("uploadedAt")));
    }

    private static String id(JsonPath upload) {
        return upload.getString("evidenceId");
    }

    private static JsonPath upload(OrderApi buyer, byte[] image) {
        return buyer.upload("photo.bin", image, "application/octet-stream").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath uploadQcPhoto(String orderId, String itemId) {
        return OrderApi.warehouse().uploadQcPhoto(orderId, itemId, "qc.png", Media.png(10), "image/png")
                .then().statusCode(201).extract().jsonPath();
    }
}
