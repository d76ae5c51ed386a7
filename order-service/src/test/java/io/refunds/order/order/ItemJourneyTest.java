package io.refunds.order.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.problem.ApiException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The journey's rules, without Kafka, a database or HTTP. */
class ItemJourneyTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void eachStepMovesTheItemForwardAndRecordsWhatItNeeds() {
        OrderItem item = item();

        assertTrue(ItemJourney.record(item, shipped("SF1"), false, NOW));
        assertTrue(ItemJourney.record(item, stockedIn(NOW.plusSeconds(60), 420), false, NOW.plusSeconds(60)));
        assertTrue(ItemJourney.record(item, abroad("P-1", new MoneyInput(5_000L, "USD")), false, NOW.plusSeconds(120)));
        assertTrue(ItemJourney.record(item, step(JourneyStep.DELIVERED, null), false, NOW.plusSeconds(180)));

        assertEquals(JourneyStep.DELIVERED, item.journeyStep);
        assertEquals("SF1", item.domesticTracking);
        assertEquals(420, item.weightGrams);
        assertEquals(NOW.plusSeconds(60), item.stockedInAt);
        assertEquals("P-1", item.parcelId);
        assertEquals(5_000L, item.insuredMinor);
        assertEquals(NOW.plusSeconds(180), item.receivedAt);
    }

    @Test
    void aLaterStepMayComeFirstWhenThePlatformLearnsOfItFirst() {
        OrderItem item = item();

        assertTrue(ItemJourney.record(item, stockedIn(NOW, 100), false, NOW));

        assertEquals(JourneyStep.STOCKED_IN, item.journeyStep);
    }

    @Test
    void theSameStepAgainChangesNothing() {
        OrderItem item = item();
        ItemJourney.record(item, stockedIn(NOW, 420), false, NOW);

        assertFalse(ItemJourney.record(item, stockedIn(NOW, 420), false, NOW.plusSeconds(5)));
        assertFalse(ItemJourney.record(item, step(JourneyStep.STOCKED_IN, null), false, NOW.plusSeconds(5)));
        assertEquals(NOW, item.stockedInAt);
    }

    @Test
    void theSameStepWithOtherDetailsIsAConflict() {
        OrderItem item = item();
        ItemJourney.record(item, stockedIn(NOW, 420), false, NOW);

        assertRule(409, "JOURNEY_STEP_RECORDED", () -> ItemJourney.record(item, stockedIn(NOW, 999), false, NOW));
    }

    @Test
    void anEarlierStepIsAConflictNamingWhereTheItemIs() {
        OrderItem item = item();
        ItemJourney.record(item, stockedIn(NOW, 420), false, NOW);

        ApiException refused = assertRule(409, "JOURNEY_STEP_OUT_OF_ORDER",
                () -> ItemJourney.record(item, shipped("SF1"), false, NOW));
        assertTrue(refused.getMessage().contains("STOCKED_IN"), refused.getMessage());
    }

    @Test
    void eachStepNeedsItsDetailsAndTakesNoOthers() {
        assertField("tracking", () -> ItemJourney.record(item(), step(JourneyStep.SELLER_SHIPPED, null), false, NOW));
        assertField("weightGrams", () -> ItemJourney.record(item(), step(JourneyStep.STOCKED_IN, null), false, NOW));
        assertField("parcelId", () -> ItemJourney.record(item(), step(JourneyStep.SHIPPED_ABROAD, null), false, NOW));
        assertField("weightGrams", () -> ItemJourney.record(item(), new OrderRequests.RecordJourneyStep(
                JourneyStep.DELIVERED, null, null, null, 10, null, null), false, NOW));
        assertField("step", () -> ItemJourney.record(item(), step(JourneyStep.PURCHASED, null), false, NOW));
    }

    @Test
    void aStepCannotBeDatedInTheFutureOrBeforeThePreviousOne() {
        assertField("at", () -> ItemJourney.record(item(), stockedIn(NOW.plus(Duration.ofHours(1)), 1), false, NOW));
        OrderItem item = item();
        ItemJourney.record(item, stockedIn(NOW, 420), false, NOW);
        assertField("at", () -> ItemJourney.record(item, new OrderRequests.RecordJourneyStep(JourneyStep.DELIVERED,
                NOW.minusSeconds(1), null, null, null, null, null), false, NOW));
    }

    @Test
    void anItemWithAnOpenWarehouseClaimIsNotShippedAbroad() {
        OrderItem item = item();
        ItemJourney.record(item, stockedIn(NOW, 420), false, NOW);

        assertRule(409, "WAREHOUSE_CLAIM_OPEN", () -> ItemJourney.record(item, abroad("P-1", null), true, NOW));
        assertEquals(JourneyStep.STOCKED_IN, item.journeyStep);
    }

    @Test
    void theInsuredValueIsInTheCurrencyTheBuyerPaidIn() {
        OrderItem item = item();

        assertField("insuredValue.currency",
                () -> ItemJourney.record(item, abroad("P-1", new MoneyInput(100L, "EUR")), false, NOW));
    }

    private static OrderItem item() {
        OrderItem item = new OrderItem();
        item.orderId = "o-1";
        item.itemId = "i-1";
        item.paidMinor = 12_900;
        item.paidCurrency = "USD";
        return item;
    }

    private static OrderRequests.RecordJourneyStep step(JourneyStep step, Instant at) {
        return new OrderRequests.RecordJourneyStep(step, at, null, null, null, null, null);
    }

    private static OrderRequests.RecordJourneyStep shipped(String tracking) {
        return new OrderRequests.RecordJourneyStep(JourneyStep.SELLER_SHIPPED, NOW, "SF Express", tracking, null, null,
                null);
    }

    private static OrderRequests.RecordJourneyStep stockedIn(Instant at, int grams) {
        return new OrderRequests.RecordJourneyStep(JourneyStep.STOCKED_IN, at, null, null, grams, null, null);
    }

    private static OrderRequests.RecordJourneyStep abroad(String parcelId, MoneyInput insured) {
        return new OrderRequests.RecordJourneyStep(JourneyStep.SHIPPED_ABROAD, null, "EMS", "EE123456789CN", null,
                parcelId, insured);
    }

    private static ApiException assertRule(int status, String rule, Runnable action) {
        ApiException refused = assertThrows(ApiException.class, action::run);
        assertEquals(status, refused.problem().status());
        assertEquals(rule, refused.problem().rule());
        return refused;
    }

    private static void assertField(String field, Runnable action) {
        ApiException refused = assertThrows(ApiException.class, action::run);
        assertEquals(400, refused.problem().status());
        assertTrue(refused.problem().toString().contains(field), refused.problem().toString());
    }
}
