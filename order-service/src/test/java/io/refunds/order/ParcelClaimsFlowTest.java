package io.refunds.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.EventType;
import io.refunds.events.IssueReported;
import io.refunds.events.ParcelFound;
import io.refunds.events.Topics;
import io.refunds.order.fixtures.CaseEvents;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.Requests;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Parcel claims on the real broker and database: the buyer claims a parcel of two orders' items and gets one case per
 * item, each owed what the insurance pays (capped at the insured amount; an uninsured item its shipping) and announced with the parcel (once per Idempotency-Key); a reason is
 * claimed once; an item with an open case, a damage claim without photos or before delivery, someone else's parcel
 * are refused; a parcel claimed lost that the carrier scans again is found once, and each case says what is owed back.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ParcelClaimsFlowTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aLostParcelOpensOneCasePerItemOwedWhatItsInsurancePaysAndAnnouncesTheParcel() {
        String buyer = "b-pcc-" + UUID.randomUUID();
        Parcel parcel = shippedInOneParcel(buyer, 12_900L);
        declaredLost(parcel.id());
        String key = UUID.randomUUID().toString();

        Response created = claim(buyer, parcel.id(), Map.of("reason", "LOST", "description", "Never arrived"), key);
        created.then().statusCode(201).header("Location", containsString("/api/parcels/" + parcel.id() + "/claims/"))
                .body("reason", equalTo("LOST")).body("cases", hasSize(2))
                .body("cases.find { it.orderId == '" + parcel.insuredOrder() + "' }.owed.minorUnits", equalTo(12_900))
                .body("cases.find { it.orderId == '" + parcel.uninsuredOrder() + "' }.owed.minorUnits",
                        equalTo(1_500));
        UUID claimId = UUID.fromString(created.path("claimId"));
        claim(buyer, parcel.id(), Map.of("reason", "LOST", "description", "Never arrived"), key).then()
                .statusCode(201).body("claimId", equalTo(claimId.toString()));

        for (Object each : created.<List<Object>>path("cases.caseId")) {
            UUID caseId = UUID.fromString((String) each);
            ConsumerRecord<String, String> record = events.awaitRecords(Topics.ISSUE_REPORTED, caseId.toString(), 1)
                    .get(0);
            assertEquals(List.of(), TestEvents.schemaViolations(EventType.ISSUE_REPORTED, record.value()));
            IssueReported reported = TestEvents.read(record.value(), IssueReported.class);
            assertTrue(reported.claimsParcel());
            assertEquals(claimId, reported.parcel().claimId());
            assertEquals(2, reported.parcel().items().size());
            assertTrue(reported.parcel().carrierDeclaredLost());
            assertEquals("Leipzig", reported.parcel().lastScanLocation());
            assertEquals("LOST", reported.reason());
            OrderApi.buyer(buyer).caseView(caseId).body("status", equalTo("REPORTED"))
                    .body("timeline.summary", hasItem(containsString("You claimed parcel " + parcel.id()
                            + " as lost; this item is owed")));
        }
        IssueReported insured = TestEvents.read(events.awaitRecords(Topics.ISSUE_REPORTED,
                caseOf(created, parcel.insuredOrder()).toString(), 1).get(0).value(), IssueReported.class);
        assertEquals(12_900, insured.requestedAmount().minorUnits());
        assertTrue(insured.quote().lines().stream().filter(line -> line.refund() != null
                && line.refund().minorUnits() > 0).allMatch(line -> "CARRIER".equals(line.bearer())));

        OrderApi.buyer(buyer).request().get("/api/parcels/{id}", parcel.id()).then().statusCode(200)
                .body("claimed[0].claimId", equalTo(claimId.toString()))
                .body("claims.find { it.reason == 'LOST' }.rule", equalTo("PARCEL_ALREADY_CLAIMED"));
        OrderApi.agent("a-pcc").request().get("/api/parcels/{id}/claims/{claimId}", parcel.id(), claimId).then()
                .statusCode(200).body("cases", hasSize(2));
        claim(buyer, parcel.id(), Map.of("reason", "LOST"), null).then().statusCode(409)
                .body("rule", equalTo("PARCEL_ALREADY_CLAIMED"));
        claim(buyer, parcel.id(), Map.of("reason", "SEIZED"), null).then().statusCode(409)
                .body("rule", equalTo("OPEN_CASE_EXISTS"));
    }

    @Test
    void aParcelClaimedLostAndScannedAgainIsFoundOnceAndEachCaseSaysWhatIsOwedBack() {
        String buyer = "b-pcc-" + UUID.randomUUID();
        Parcel parcel = shippedInOneParcel(buyer, 12_900L);
        declaredLost(parcel.id());
        Response created = claim(buyer, parcel.id(), Map.of("reason", "LOST"), null);
        created.then().statusCode(201);
        UUID claimId = UUID.fromString(created.path("claimId"));
        UUID paidCase = caseOf(created, parcel.insuredOrder());
        UUID unpaidCase = caseOf(created, parcel.uninsuredOrder());
        CaseEvents kase = CaseEvents.about(paidCase).order(parcel.insuredOrder()).item("i-1").buyer(buyer)
                .seller("s-pcc");
        var decision = kase.decision().partialRefund(CaseEvents.usd(12_900)).build();
        events.send(TestEvents.record(decision));
        events.send(TestEvents.record(kase.refund().forDecision(decision.decisionId())
                .amount(CaseEvents.usd(12_900)).build()));
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> OrderApi.buyer(buyer).caseView(paidCase)
                .body("timeline.summary", hasItem(containsString("Refunded 129.00 USD"))));

        scan(parcel.id(), Map.of("location", "Found at Leipzig hub")).then().statusCode(200)
                .body("carrierDeclaredLost", equalTo(false)).body("claimed[0].foundAt", notNullValue())
                .body("claimed[0].foundLocation", equalTo("Found at Leipzig hub"));
        scan(parcel.id(), Map.of("location", "Out for delivery")).then().statusCode(200);

        ParcelFound found = TestEvents.read(events.awaitRecords(Topics.PARCEL_FOUND, paidCase.toString(), 1).get(0)
                .value(), ParcelFound.class);
        assertEquals(claimId, found.claimId());
        assertEquals(buyer, found.buyerId());
        assertEquals("Found at Leipzig hub", found.location());
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.PARCEL_FOUND,
                events.awaitRecords(Topics.PARCEL_FOUND, unpaidCase.toString(), 1).get(0).value()));
        OrderApi.buyer(buyer).caseView(paidCase).body("timeline.summary", hasItem(containsString(
                "it was found; the 129.00 USD refunded for it is owed back and shown in your wallet")));
        OrderApi.buyer(buyer).caseView(unpaidCase).body("timeline.summary", hasItem(containsString(
                "nothing was refunded for it yet")));
        assertEquals(1, events.recordsNow(Topics.PARCEL_FOUND, paidCase.toString()).size());
        OrderApi.buyer(buyer).request().get("/api/parcels/{id}/claims/{claimId}", parcel.id(), claimId).then()
                .statusCode(200).body("foundLocation", equalTo("Found at Leipzig hub"));
    }

    @Test
    void damageInTransitIsClaimedOnceDeliveredAndWithPhotos() {
        String buyer = "b-pcc-" + UUID.randomUUID();
        Parcel parcel = shippedInOneParcel(buyer, 12_900L);

        claim(buyer, parcel.id(), Map.of("reason", "DAMAGED_IN_TRANSIT"), null).then().statusCode(409)
                .body("rule", equalTo("PARCEL_NOT_DELIVERED"));
        for (String orderId : List.of(parcel.insuredOrder(), parcel.uninsuredOrder())) {
            OrderApi.platform().journey(orderId, "i-1", Requests.journeyStep("DELIVERED")).then().statusCode(200);
        }
        claim(buyer, parcel.id(), Map.of("reason", "DAMAGED_IN_TRANSIT"), null).then().statusCode(422)
                .body("rule", equalTo("EVIDENCE_REQUIRED")).body("violations.field", hasItem("evidenceIds"));
        String photo = OrderApi.buyer(buyer).uploadPhoto();
        Response created = claim(buyer, parcel.id(), Map.of("reason", "DAMAGED_IN_TRANSIT",
                "evidenceIds", List.of(photo)), null);
        created.then().statusCode(201).body("cases", hasSize(2));

        for (Object each : created.<List<Object>>path("cases.caseId")) {
            IssueReported reported = TestEvents.read(events.awaitRecords(Topics.ISSUE_REPORTED, (String) each, 1)
                    .get(0).value(), IssueReported.class);
            assertEquals(photo, reported.evidence().get(0).evidenceId());
            assertNotNull(reported.parcel().deliveredAt());
        }
    }

    @Test
    void someoneElsesParcelABadBodyOrAParcelNotYetLostIsNotClaimedAndNothingIsWritten() {
        String buyer = "b-pcc-" + UUID.randomUUID();
        Parcel parcel = shippedInOneParcel(buyer, null);

        claim("b-someone-else", parcel.id(), Map.of("reason", "SEIZED"), null).then().statusCode(404);
        OrderApi.seller("s-pcc").request().contentType(ContentType.JSON).body(Map.of("reason", "SEIZED"))
                .post("/api/parcels/{id}/claims", parcel.id()).then().statusCode(403);
        claim(buyer, parcel.id(), Map.of("reason", "STOLEN"), null).then().statusCode(400);
        claim(buyer, parcel.id(), Map.of(), null).then().statusCode(400).body("violations.field", hasItem("reason"));
        claim(buyer, parcel.id(), Map.of("reason", "LOST"), null).then().statusCode(409)
                .body("rule", equalTo("PARCEL_NOT_YET_LOST"));
        claim(buyer, "PCL-none-" + UUID.randomUUID(), Map.of("reason", "SEIZED"), null).then().statusCode(404);

        OrderApi.buyer(buyer).request().get("/api/parcels/{id}", parcel.id()).then().statusCode(200)
                .body("claimed", hasSize(0)).body("claims.find { it.reason == 'SEIZED' }.claimable", equalTo(true));
        Response seized = claim(buyer, parcel.id(), Map.of("reason", "SEIZED"), null);
        seized.then().statusCode(201).body("cases.owed.minorUnits", hasItem(1_500));
        assertNull(OrderApi.buyer(buyer).request().get("/api/parcels/{id}", parcel.id()).then().statusCode(200)
                .extract().path("claimed[0].foundAt"));
    }

    /** Two orders' items (one insured, one not), their international shipping registered, shipped in one parcel. */
    private static Parcel shippedInOneParcel(String buyer, Long insured) {
        String parcelId = "PCL-" + UUID.randomUUID();
        String insuredOrder = shipped(buyer, parcelId, insured);
        String uninsuredOrder = shipped(buyer, parcelId, null);
        return new Parcel(parcelId, insuredOrder, uninsuredOrder);
    }

    private static String shipped(String buyer, String parcelId, Long insured) {
        String orderId = OrderApi.platform().registerStockedIn(buyer, "s-pcc", "i-1", "electronics", false,
                Duration.ofDays(3));
        OrderApi.platform().addCostLines(orderId, "i-1", List.of(Map.of("kind", "INTERNATIONAL_SHIPPING",
                "amount", Map.of("minorUnits", 1_500, "currency", "USD")))).then().statusCode(200);
        Requests.JourneyStep step = Requests.journeyStep("SHIPPED_ABROAD").at(Instant.now().minus(Duration.ofDays(2)))
                .parcel(parcelId, "EMS", "EE" + parcelId.hashCode());
        OrderApi.platform().journey(orderId, "i-1", insured == null ? step : step.insuredValue(insured, "USD"))
                .then().statusCode(200);
        return orderId;
    }

    private static void declaredLost(String parcelId) {
        scan(parcelId, Map.of("scannedAt", Instant.now().minusSeconds(60).toString(), "location", "Leipzig",
                "lost", true)).then().statusCode(200).body("carrierDeclaredLost", equalTo(true));
    }

    private static Response claim(String buyer, String parcelId, Map<String, ?> body, String idempotencyKey) {
        var request = OrderApi.buyer(buyer).request().contentType(ContentType.JSON).body(new HashMap<>(body));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/parcels/{id}/claims", parcelId);
    }

    private static Response scan(String parcelId, Map<String, ?> body) {
        return OrderApi.platform().request().contentType(ContentType.JSON).body(body)
                .post("/api/parcels/{id}/scans", parcelId);
    }

    private static UUID caseOf(Response created, String orderId) {
        return UUID.fromString(created.path("cases.find { it.orderId == '" + orderId + "' }.caseId"));
    }

    private record Parcel(String id, String insuredOrder, String uninsuredOrder) {
    }
}
