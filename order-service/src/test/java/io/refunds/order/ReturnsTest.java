package io.refunds.order;

import static io.refunds.order.fixtures.CaseEvents.usd;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.Inspection;
import io.refunds.events.RefundRelease;
import io.refunds.events.ReturnExpired;
import io.refunds.events.ReturnOpened;
import io.refunds.events.ReturnReceived;
import io.refunds.events.ReturnScanned;
import io.refunds.events.ReturnShipped;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.order.fixtures.CaseEvents;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.ServiceDatabase;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Returns on the real broker and database: a return outcome opens the item's return (which way, who pays, ship by),
 * its shipper posts the tracking, the platform the carrier's scans, staff the receipt and inspection; each step is an
 * event carrying what it means for the refund waiting on it, and a line on the buyer's timeline.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReturnsTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aDeliveredItemGoesBackFromTheBuyerAndItsRefundIsReleasedOnAnExpectedArrival() {
        String buyer = "b-ret-" + UUID.randomUUID();
        Opened opened = settledWithReturn(buyer, "s-ret");

        ReturnOpened announced = TestEvents.read(events.awaitRecords(Topics.RETURN_OPENED, opened.caseId.toString(), 1)
                .get(0).value(), ReturnOpened.class);
        assertTrue(announced.required());
        assertEquals("BUYER_TO_WAREHOUSE", announced.route());
        assertEquals("SELLER", announced.postagePaidBy());
        assertEquals(RefundRelease.NONE, announced.release());
        assertEquals("settlement:" + opened.settlementId, announced.cause());
        assertFalse(announced.refundOnFirstScan());

        OrderApi.buyer(buyer).request().contentType(ContentType.JSON)
                .body(Map.of("carrier", "YunExpress", "tracking", "YT100200300"))
                .post("/api/returns/{id}/shipment", opened.returnId).then().statusCode(200)
                .body("status", equalTo("SHIPPED")).body("shipment.recordedBy", equalTo(buyer))
                .body("awaiting", equalTo("the carrier's first scan"));
        OrderApi.platform().request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/returns/{id}/scans", opened.returnId).then().statusCode(200)
                .body("status", equalTo("IN_TRANSIT"));
        OrderApi.agent("a-wh").request().contentType(ContentType.JSON).body(Map.of("inspection", "AS_EXPECTED"))
                .post("/api/returns/{id}/receipt", opened.returnId).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("receipt.inspection", equalTo("AS_EXPECTED"));

        ReturnShipped shipped = only(Topics.RETURN_SHIPPED, opened.caseId, ReturnShipped.class);
        assertEquals("YT100200300", shipped.tracking());
        assertEquals(RefundRelease.NONE, only(Topics.RETURN_SCANNED, opened.caseId, ReturnScanned.class).release());
        ReturnReceived received = only(Topics.RETURN_RECEIVED, opened.caseId, ReturnReceived.class);
        assertEquals(Inspection.AS_EXPECTED, received.inspection());
        assertEquals(RefundRelease.PAY, received.release());
        assertEquals("a-wh", received.recordedBy());

        List<String> lines = OrderApi.buyer(buyer).caseView(opened.caseId).extract().path("timeline.summary");
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Send the item back to the agent's warehouse")
                && line.contains(" by ") && line.contains("postage is paid by the seller")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("You sent the return with YunExpress YT100200300")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.contains("inspected: as expected; the refund is being paid")),
                lines.toString());
    }

    @Test
    void aDamagedArrivalSendsTheCaseBackToTheQueueWithItsPhotos() {
        String buyer = "b-ret-" + UUID.randomUUID();
        Opened opened = settledWithReturn(buyer, "s-ret");
        OrderApi.buyer(buyer).request().contentType(ContentType.JSON)
                .body(Map.of("carrier", "YunExpress", "tracking", "YT9")).post("/api/returns/{id}/shipment",
                        opened.returnId).then().statusCode(200);

        receipt("a-wh", opened.returnId, Map.of("inspection", "DAMAGED")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("photoIds"));
        receipt("a-wh", opened.returnId, Map.of("inspection", "DAMAGED", "photoIds", List.of("e-cracked"),
                "note", "Cracked housing")).then().statusCode(200).body("receipt.photoIds", hasItem("e-cracked"));
        receipt("a-wh", opened.returnId, Map.of("inspection", "AS_EXPECTED")).then().statusCode(409)
                .body("rule", equalTo("RETURN_RECEIVED"));

        ReturnReceived received = only(Topics.RETURN_RECEIVED, opened.caseId, ReturnReceived.class);
        assertEquals(RefundRelease.BACK_TO_QUEUE, received.release());
        assertEquals(List.of("e-cracked"), received.photoIds());
        OrderApi.buyer(buyer).caseView(opened.caseId).body("timeline.summary",
                hasItem(containsString("inspected: damaged (1 photo); a support agent will decide again")));
    }

    @Test
    void aBuyerWhoseReturnsArrivedAsClaimedIsRefundedOnTheFirstScan() {
        String buyer = "b-ret-" + UUID.randomUUID();
        Opened first = settledWithReturn(buyer, "s-ret");
        shipAndReceive(buyer, first.returnId);

        Opened second = settledWithReturn(buyer, "s-ret");
        OrderApi.buyer(buyer).request().get("/api/returns/{id}", second.returnId).then().statusCode(200)
                .body("refundOnFirstScan", equalTo(true));
        OrderApi.buyer(buyer).request().contentType(ContentType.JSON).body(Map.of("carrier", "EMS", "tracking", "E1"))
                .post("/api/returns/{id}/shipment", second.returnId).then().statusCode(200);
        OrderApi.platform().request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/returns/{id}/scans", second.returnId).then().statusCode(200);
        OrderApi.platform().request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/returns/{id}/scans", second.returnId).then().statusCode(200);

        assertEquals(RefundRelease.PAY, only(Topics.RETURN_SCANNED, second.caseId, ReturnScanned.class).release());
        OrderApi.agent("a-wh").request().contentType(ContentType.JSON).body(Map.of("inspection", "AS_EXPECTED"))
                .post("/api/returns/{id}/receipt", second.returnId).then().statusCode(200);
        assertEquals(RefundRelease.NONE, only(Topics.RETURN_RECEIVED, second.caseId, ReturnReceived.class).release());
    }

    @Test
    void aWarehouseReturnGoesToTheSellerAndStaffRecordWhatTheSellerReceived() {
        String buyer = "b-ret-" + UUID.randomUUID();
        String orderId = OrderApi.platform().registerStockedIn(buyer, "s-wh", "w-1", "home", false,
                Duration.ofHours(2));
        String caseId = OrderApi.buyer(buyer).report(io.refunds.order.fixtures.Requests.report(orderId, "w-1")
                .reason("QC_DEFECT").outcome("RETURN_AND_REFUND")).then().statusCode(201)
                .extract().path("caseId");
        CaseEvents about = CaseEvents.about(UUID.fromString(caseId)).order(orderId).item("w-1").buyer(buyer)
                .seller("s-wh");
        events.send(TestEvents.record(about.decision().outcome(DecisionOutcome.RETURN_AND_REFUND, usd(12_900))
                .by("a-1").rationale("QC photos show the crack").build()));
        UUID returnId = awaitReturn(buyer, UUID.fromString(caseId));

        OrderApi.buyer(buyer).request().get("/api/returns/{id}", returnId).then().statusCode(200)
                .body("route", equalTo("WAREHOUSE_TO_SELLER")).body("refundOnFirstScan", equalTo(false));
        OrderApi.buyer(buyer).request().contentType(ContentType.JSON).body(Map.of("carrier", "SF", "tracking", "SF1"))
                .post("/api/returns/{id}/shipment", returnId).then().statusCode(403)
                .contentType("application/problem+json");
        OrderApi.agent("a-wh").request().contentType(ContentType.JSON).body(Map.of("carrier", "SF", "tracking", "SF1"))
                .post("/api/returns/{id}/shipment", returnId).then().statusCode(200);
        OrderApi.agent("a-purchasing").request().contentType(ContentType.JSON)
                .body(Map.of("inspection", "AS_EXPECTED", "note", "Seller confirmed receipt on Taobao"))
                .post("/api/returns/{id}/receipt", returnId).then().statusCode(200)
                .body("receipt.recordedBy", equalTo("a-purchasing"));

        assertEquals(RefundRelease.PAY, only(Topics.RETURN_RECEIVED, UUID.fromString(caseId), ReturnReceived.class)
                .release());
        OrderApi.buyer(buyer).caseView(UUID.fromString(caseId)).body("timeline.summary", hasItem(containsString(
                "The agent's warehouse sends the item back to the seller by")));
    }

    @Test
    void anItemOnItsWayBackToTheSellerIsNotShippedAbroadEvenWhenItsCaseWasSettled() {
        String buyer = "b-ret-" + UUID.randomUUID();
        String orderId = OrderApi.platform().registerStockedIn(buyer, "s-wh", "w-1", "home", false,
                Duration.ofHours(2));
        UUID caseId = UUID.fromString(OrderApi.buyer(buyer).report(io.refunds.order.fixtures.Requests
                .report(orderId, "w-1").reason("QC_DEFECT").outcome("RETURN_AND_REFUND")).then().statusCode(201)
                .extract().path("caseId"));
        events.send(TestEvents.record(CaseEvents.about(caseId).order(orderId).item("w-1").buyer(buyer)
                .seller("s-wh").settlement().returnAndRefund(usd(12_900)).build()));
        awaitReturn(buyer, caseId);
        OrderApi.buyer(buyer).caseView(caseId).body("status", equalTo("SETTLED"));

        OrderApi.platform().journey(orderId, "w-1", io.refunds.order.fixtures.Requests.journeyStep("SHIPPED_ABROAD")
                .parcel("PCL-9", "EMS", "EE9CN")).then().statusCode(409).body("rule", equalTo("WAREHOUSE_CLAIM_OPEN"));
    }

    @Test
    void aReturnNotSentInTimeExpiresAndItsRefundClosesUnpaid() throws SQLException {
        String buyer = "b-ret-" + UUID.randomUUID();
        Opened opened = settledWithReturn(buyer, "s-ret");

        Instant past = Instant.now().minusSeconds(60);
        ServiceDatabase.updateOne("update item_return set ship_by = ? where id = ?", past, opened.returnId);
        ServiceDatabase.updateOne("update deadline set due_at = ? where kind = 'return-ship-by' and subject = ?", past,
                opened.returnId.toString());

        ReturnExpired expired = TestEvents.read(events.awaitRecords(Topics.RETURN_EXPIRED, opened.caseId.toString(), 1)
                .get(0).value(), ReturnExpired.class);
        assertEquals(RefundRelease.CLOSE_UNPAID, expired.release());
        OrderApi.buyer(buyer).request().get("/api/returns/{id}", opened.returnId).then().statusCode(200)
                .body("status", equalTo("EXPIRED"));
        OrderApi.buyer(buyer).request().contentType(ContentType.JSON).body(Map.of("carrier", "EMS", "tracking", "E2"))
                .post("/api/returns/{id}/shipment", opened.returnId).then().statusCode(409)
                .body("rule", equalTo("RETURN_EXPIRED"));
        OrderApi.buyer(buyer).caseView(opened.caseId).body("timeline.summary",
                hasItem(containsString(", so nothing is refunded for it")));
    }

    @Test
    void theSettlementDeliveredTwiceOpensOneReturn() {
        String buyer = "b-ret-" + UUID.randomUUID();
        String orderId = OrderApi.platform().registerOrder(buyer, "s-ret");
        UUID caseId = OrderApi.buyer(buyer).reportIssue(orderId);
        SettlementAgreed settlement = CaseEvents.about(caseId).order(orderId).buyer(buyer).seller("s-ret")
                .settlement().returnAndRefund(usd(12_900)).build();
        events.send(TestEvents.record(settlement));
        events.send(TestEvents.record(settlement));
        events.send(TestEvents.record(settlement, UUID.randomUUID()));
        awaitReturn(buyer, caseId);
        events.awaitConsumed("order-service", Topics.SETTLEMENT_AGREED);

        OrderApi.buyer(buyer).request().queryParam("caseId", caseId).get("/api/returns").then().statusCode(200)
                .body("$", hasSize(1));
        assertEquals(1, events.recordsNow(Topics.RETURN_OPENED, caseId.toString()).size());
    }

    @Test
    void onlyTheCasesPartiesAndStaffSeeAReturnAndOnlyThePlatformPostsScans() {
        String buyer = "b-ret-" + UUID.randomUUID();
        Opened opened = settledWithReturn(buyer, "s-ret");

        OrderApi.buyer("b-someone-else").request().get("/api/returns/{id}", opened.returnId).then().statusCode(404);
        OrderApi.seller("s-ret").request().get("/api/returns/{id}", opened.returnId).then().statusCode(200);
        OrderApi.agent("a-1").request().get("/api/returns/{id}", opened.returnId).then().statusCode(200);
        OrderApi.buyer(buyer).request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/returns/{id}/scans", opened.returnId).then().statusCode(403);
        OrderApi.buyer(buyer).request().contentType(ContentType.JSON).body(Map.of("inspection", "AS_EXPECTED"))
                .post("/api/returns/{id}/receipt", opened.returnId).then().statusCode(403);
        OrderApi.platform().request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/returns/{id}/scans", opened.returnId).then().statusCode(409)
                .body("rule", equalTo("RETURN_NOT_SHIPPED"));
        OrderApi.buyer(buyer).request().contentType(ContentType.JSON).body(Map.of("carrier", "", "tracking", "x"))
                .post("/api/returns/{id}/shipment", opened.returnId).then().statusCode(400)
                .body("violations.field", hasItem("carrier"));
        OrderApi.platform().request().get("/api/returns/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private record Opened(UUID caseId, UUID settlementId, UUID returnId) {
    }

    /** A delivered item (129.00 USD) reported, then the seller's return and refund accepted. */
    private Opened settledWithReturn(String buyer, String seller) {
        String orderId = OrderApi.platform().registerOrder(buyer, seller);
        UUID caseId = OrderApi.buyer(buyer).reportIssue(orderId);
        SettlementAgreed settlement = CaseEvents.about(caseId).order(orderId).buyer(buyer).seller(seller)
                .settlement().returnAndRefund(usd(12_900)).build();
        events.send(TestEvents.record(settlement));
        return new Opened(caseId, settlement.settlementId(), awaitReturn(buyer, caseId));
    }

    private static UUID awaitReturn(String buyer, UUID caseId) {
        return Awaitility.await().atMost(EventLog.WAIT).until(() -> {
            List<String> ids = OrderApi.buyer(buyer).request().queryParam("caseId", caseId).get("/api/returns")
                    .then().statusCode(200).extract().path("returnId");
            return ids.isEmpty() ? null : UUID.fromString(ids.get(0));
        }, id -> id != null);
    }

    private void shipAndReceive(String buyer, UUID returnId) {
        OrderApi.buyer(buyer).request().contentType(ContentType.JSON).body(Map.of("carrier", "EMS", "tracking", "E0"))
                .post("/api/returns/{id}/shipment", returnId).then().statusCode(200);
        receipt("a-wh", returnId, Map.of("inspection", "AS_EXPECTED")).then().statusCode(200);
    }

    private static Response receipt(String agent, UUID returnId, Map<String, ?> body) {
        return OrderApi.agent(agent).request().contentType(ContentType.JSON).body(body)
                .post("/api/returns/{id}/receipt", returnId);
    }

    private <E extends io.refunds.events.CaseEvent> E only(String topic, UUID caseId, Class<E> type) {
        return TestEvents.read(events.awaitRecords(topic, caseId.toString(), 1).get(0).value(), type);
    }
}
