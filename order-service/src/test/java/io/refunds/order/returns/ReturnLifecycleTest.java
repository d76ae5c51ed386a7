package io.refunds.order.returns;

import io.refunds.events.RefundRelease;
import io.refunds.events.Inspection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.order.policy.ClaimStage;
import io.refunds.order.policy.Fault;
import io.refunds.platform.problem.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A return's rules, without Kafka, a database or HTTP. */
class ReturnLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final ReturnPolicy POLICY = new ReturnPolicy(Duration.ofDays(7), 2_000, true,
            "Warehouse 3, Guangzhou");
    private static final String SELLER_ADDRESS = "Shop 12, Hangzhou";

    @Test
    void aWarehouseClaimSendsTheItemBackToTheSellerAtTheSellersFaultAndCost() {
        ReturnPlan plan = ReturnLifecycle.plan(ClaimStage.AT_WAREHOUSE, Fault.SELLER, 16_000L, SELLER_ADDRESS, true,
                POLICY, NOW);

        assertTrue(plan.required());
        assertEquals(ReturnRoute.WAREHOUSE_TO_SELLER, plan.route());
        assertEquals(SELLER_ADDRESS, plan.address());
        assertEquals(PostagePayer.SELLER, plan.postagePaidBy());
        assertEquals(NOW.plus(Duration.ofDays(7)), plan.shipBy());
        assertFalse(plan.refundOnFirstScan(), "the seller's receipt pays a return to the seller");
    }

    @Test
    void aDeliveredItemComesBackToTheWarehouseAndTheBuyerPaysForAChangeOfMind() {
        ReturnPlan plan = ReturnLifecycle.plan(ClaimStage.AFTER_DELIVERY, Fault.BUYER, 16_000L, null, false, POLICY,
                NOW);

        assertEquals(ReturnRoute.BUYER_TO_WAREHOUSE, plan.route());
        assertEquals("Warehouse 3, Guangzhou", plan.address());
        assertEquals(PostagePayer.BUYER, plan.postagePaidBy());
        assertFalse(plan.refundOnFirstScan());
    }

    @Test
    void aTrustedBuyersReturnIsRefundedOnTheFirstScanWhereThePolicySaysSo() {
        assertTrue(ReturnLifecycle.plan(ClaimStage.AFTER_DELIVERY, Fault.SELLER, 16_000L, null, true, POLICY, NOW)
                .refundOnFirstScan());
        ReturnPolicy untrusting = new ReturnPolicy(Duration.ofDays(7), 2_000, false, "Warehouse 3");
        assertFalse(ReturnLifecycle.plan(ClaimStage.AFTER_DELIVERY, Fault.SELLER, 16_000L, null, true, untrusting,
                NOW).refundOnFirstScan());
    }

    @Test
    void aDeliveredItemWorthLessThanItsReturnIsKeptByTheBuyer() {
        ReturnPlan plan = ReturnLifecycle.plan(ClaimStage.AFTER_DELIVERY, Fault.SELLER, 2_000L, null, false, POLICY,
                NOW);

        assertFalse(plan.required());
        assertNull(plan.route());
        assertTrue(plan.why().contains("keeps"), plan.why());
        assertThrows(IllegalArgumentException.class, () -> ReturnLifecycle.open(UUID.randomUUID(),
                UUID.randomUUID(), plan, NOW));
    }

    @Test
    void anOpenedReturnWaitsForItsShipment() {
        ReturnChange opened = opened(false);

        assertEquals(ReturnStatus.AWAITING_SHIPMENT, opened.next().status());
        assertEquals(List.of(ReturnMilestone.OPENED), opened.milestones());
        assertEquals(RefundRelease.NONE, opened.release());
    }

    @Test
    void aShipmentIsRecordedOnceAndARepeatChangesNothing() {
        ItemReturn open = opened(false).next();

        ReturnChange shipped = ReturnLifecycle.ship(open, "SF", "SF100", null, "staff-1", NOW.plusSeconds(60));
        ReturnChange repeat = ReturnLifecycle.ship(shipped.next(), "SF", "SF100", null, "staff-1",
                NOW.plusSeconds(90));

        assertEquals(ReturnStatus.SHIPPED, shipped.next().status());
        assertEquals(List.of(ReturnMilestone.SHIPPED), shipped.milestones());
        assertEquals("staff-1", shipped.next().shipment().recordedBy());
        assertEquals(NOW.plusSeconds(60), shipped.next().shipment().shippedAt());
        assertFalse(repeat.changed());
        assertSame(shipped.next(), repeat.next());
        refused(409, "RETURN_SHIPMENT_RECORDED", () -> ReturnLifecycle.ship(shipped.next(), "SF", "SF999", null,
                "staff-1", NOW.plusSeconds(90)));
    }

    @Test
    void aShipmentNeedsItsCarrierAndTrackingAndATimeNotInTheFuture() {
        ItemReturn open = opened(false).next();

        invalid("carrier", () -> ReturnLifecycle.ship(open, " ", "SF100", null, "b-1", NOW));
        invalid("tracking", () -> ReturnLifecycle.ship(open, "SF", null, null, "b-1", NOW));
        invalid("shippedAt", () -> ReturnLifecycle.ship(open, "SF", "SF100", NOW.plus(Duration.ofHours(1)), "b-1",
                NOW));
    }

    @Test
    void aShipmentAfterTheShipByTimeIsRefusedNamingIt() {
        ItemReturn open = opened(false).next();
        Instant late = open.shipBy().plusSeconds(1);

        refused(409, "RETURN_SHIP_BY_PASSED", () -> ReturnLifecycle.ship(open, "SF", "SF100", late, "b-1", late));
    }

    @Test
    void theFirstScanPaysATrustedBuyersRefundAndLaterScansChangeNothing() {
        ItemReturn shipped = shipped(opened(true).next());

        ReturnChange first = ReturnLifecycle.scan(shipped, NOW.plusSeconds(300), NOW.plusSeconds(400));
        ReturnChange second = ReturnLifecycle.scan(first.next(), NOW.plusSeconds(500), NOW.plusSeconds(600));

        assertEquals(ReturnStatus.IN_TRANSIT, first.next().status());
        assertEquals(NOW.plusSeconds(300), first.next().firstScanAt());
        assertEquals(List.of(ReturnMilestone.FIRST_SCAN), first.milestones());
        assertEquals(RefundRelease.PAY, first.release());
        assertFalse(second.changed());
        assertEquals(NOW.plusSeconds(300), second.next().firstScanAt());
    }

    @Test
    void theFirstScanOfAnUntrustedReturnPaysNothing() {
        ReturnChange first = ReturnLifecycle.scan(shipped(opened(false).next()), null, NOW.plusSeconds(400));

        assertEquals(RefundRelease.NONE, first.release());
    }

    @Test
    void aScanBeforeAnyShipmentIsRefused() {
        refused(409, "RETURN_NOT_SHIPPED", () -> ReturnLifecycle.scan(opened(false).next(), null, NOW));
    }

    @Test
    void aReturnReceivedAsExpectedPaysTheRefund() {
        ItemReturn inTransit = ReturnLifecycle.scan(shipped(opened(false).next()), null, NOW.plusSeconds(400)).next();

        ReturnChange received = ReturnLifecycle.receive(inTransit, Inspection.AS_EXPECTED, List.of(), null, null,
                "seller-relay:staff-2", NOW.plusSeconds(900));

        assertEquals(ReturnStatus.RECEIVED, received.next().status());
        assertEquals(Inspection.AS_EXPECTED, received.next().receipt().inspection());
        assertEquals("seller-relay:staff-2", received.next().receipt().recordedBy());
        assertEquals(List.of(ReturnMilestone.RECEIVED), received.milestones());
        assertEquals(RefundRelease.PAY, received.release());
    }

    @Test
    void aReturnPaidOnScanIsNotPaidAgainOnReceipt() {
        ItemReturn scanned = ReturnLifecycle.scan(shipped(opened(true).next()), null, NOW.plusSeconds(400)).next();

        ReturnChange received = ReturnLifecycle.receive(scanned, Inspection.AS_EXPECTED, List.of(), null, null,
                "warehouse-1", NOW.plusSeconds(900));

        assertEquals(RefundRelease.NONE, received.release());
    }

    @Test
    void anInspectionOtherThanExpectedSendsTheCaseBackToTheQueueWithItsPhotos() {
        ItemReturn shipped = shipped(opened(true).next());

        invalid("photoIds", () -> ReturnLifecycle.receive(shipped, Inspection.DAMAGED, List.of(), null, null,
                "warehouse-1", NOW.plusSeconds(900)));
        ReturnChange damaged = ReturnLifecycle.receive(shipped, Inspection.DAMAGED, List.of("photo-1"), "crushed",
                null, "warehouse-1", NOW.plusSeconds(900));

        assertEquals(RefundRelease.BACK_TO_QUEUE, damaged.release());
        assertEquals(List.of("photo-1"), damaged.next().receipt().photoIds());
    }

    @Test
    void aReceiptIsRecordedOnce() {
        ItemReturn received = ReturnLifecycle.receive(shipped(opened(false).next()), Inspection.AS_EXPECTED,
                List.of(), null, null, "warehouse-1", NOW.plusSeconds(900)).next();

        assertFalse(ReturnLifecycle.receive(received, Inspection.AS_EXPECTED, List.of(), null, null, "warehouse-1",
                NOW.plusSeconds(950)).changed());
        refused(409, "RETURN_RECEIVED", () -> ReturnLifecycle.receive(received, Inspection.WRONG_ITEM,
                List.of("p"), null, null, "warehouse-1", NOW.plusSeconds(950)));
        refused(409, "RETURN_SHIPMENT_RECORDED", () -> ReturnLifecycle.ship(received, "SF", "SF2", null, "b-1",
                NOW.plusSeconds(950)));
        assertFalse(ReturnLifecycle.scan(received, null, NOW.plusSeconds(950)).changed());
    }

    @Test
    void aParcelThatArrivesWithoutAPostedShipmentIsReceived() {
        ReturnChange received = ReturnLifecycle.receive(opened(false).next(), Inspection.AS_EXPECTED, List.of(),
                null, null, "warehouse-1", NOW.plusSeconds(900));

        assertEquals(ReturnStatus.RECEIVED, received.next().status());
        assertEquals(RefundRelease.PAY, received.release());
        refused(409, "RETURN_RECEIVED", () -> ReturnLifecycle.ship(received.next(), "SF", "SF2", null, "b-1",
                NOW.plusSeconds(950)));
    }

    @Test
    void aReturnNeverSentExpiresAtItsShipByTimeAndClosesTheRefundUnpaid() {
        ItemReturn open = opened(false).next();

        assertFalse(ReturnLifecycle.expire(open, open.shipBy().minusSeconds(1)).changed());
        ReturnChange expired = ReturnLifecycle.expire(open, open.shipBy());

        assertEquals(ReturnStatus.EXPIRED, expired.next().status());
        assertEquals(List.of(ReturnMilestone.EXPIRED), expired.milestones());
        assertEquals(RefundRelease.CLOSE_UNPAID, expired.release());
        assertFalse(ReturnLifecycle.expire(expired.next(), open.shipBy().plusSeconds(60)).changed());
        refused(409, "RETURN_EXPIRED", () -> ReturnLifecycle.ship(expired.next(), "SF", "SF1", open.shipBy(),
                "b-1", open.shipBy().plusSeconds(60)));
        refused(409, "RETURN_EXPIRED", () -> ReturnLifecycle.receive(expired.next(), Inspection.AS_EXPECTED,
                List.of(), null, null, "warehouse-1", open.shipBy().plusSeconds(60)));
    }

    @Test
    void aReturnSentInTimeDoesNotExpire() {
        ItemReturn shipped = shipped(opened(false).next());

        assertFalse(ReturnLifecycle.expire(shipped, shipped.shipBy().plusSeconds(60)).changed());
    }

    private static ReturnChange opened(boolean refundOnScan) {
        ReturnPlan plan = ReturnLifecycle.plan(ClaimStage.AFTER_DELIVERY, Fault.SELLER, 16_000L, null, refundOnScan,
                POLICY, NOW);
        return ReturnLifecycle.open(UUID.randomUUID(), UUID.randomUUID(), plan, NOW);
    }

    private static ItemReturn shipped(ItemReturn open) {
        return ReturnLifecycle.ship(open, "SF", "SF100", null, "b-1", NOW.plusSeconds(60)).next();
    }

    private static void refused(int status, String rule, Executable command) {
        ApiException refused = assertThrows(ApiException.class, command);
        assertEquals(status, refused.problem().status());
        assertEquals(rule, refused.problem().rule());
    }

    private static void invalid(String field, Executable command) {
        ApiException refused = assertThrows(ApiException.class, command);
        assertEquals(400, refused.problem().status());
        assertTrue(refused.problem().toString().contains(field), refused.problem().toString());
    }
}
