package io.refunds.order.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.refunds.order.order.JourneyStep;
import io.refunds.order.policy.ClaimStage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When an exchange or replacement ends its case, without Kafka, a database or HTTP. */
class ReplacementsTest {

    private static final Instant DECIDED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Duration WITHIN = Duration.ofDays(15);

    @Test
    void aWarehouseExchangeEndsWhenTheNewItemIsStockedIn() {
        assertEquals(ReplacementProgress.AWAITED, progress(ClaimStage.AT_WAREHOUSE, JourneyStep.SELLER_SHIPPED, 1));
        assertEquals(ReplacementProgress.ARRIVED, progress(ClaimStage.AT_WAREHOUSE, JourneyStep.STOCKED_IN, 1));
        assertEquals(ReplacementProgress.ARRIVED, progress(ClaimStage.AT_WAREHOUSE, JourneyStep.SHIPPED_ABROAD, 1));
    }

    @Test
    void aReplacementAfterDeliveryEndsOnlyWhenTheNewItemIsDelivered() {
        assertEquals(ReplacementProgress.AWAITED, progress(ClaimStage.AFTER_DELIVERY, JourneyStep.SHIPPED_ABROAD, 1));
        assertEquals(ReplacementProgress.ARRIVED, progress(ClaimStage.AFTER_DELIVERY, JourneyStep.DELIVERED, 1));
    }

    @Test
    void aNewItemThatDoesNotComeInTimeSendsTheCaseBackToTheQueue() {
        assertEquals(ReplacementProgress.AWAITED, progress(ClaimStage.AT_WAREHOUSE, JourneyStep.PURCHASED, 14));
        assertEquals(ReplacementProgress.OVERDUE, progress(ClaimStage.AT_WAREHOUSE, JourneyStep.PURCHASED, 15));
        assertEquals(ReplacementProgress.OVERDUE, progress(ClaimStage.AFTER_DELIVERY, JourneyStep.STOCKED_IN, 20));
    }

    @Test
    void aNewItemThatArrivedIsNeverOverdue() {
        assertEquals(ReplacementProgress.ARRIVED, progress(ClaimStage.AFTER_DELIVERY, JourneyStep.DELIVERED, 30));
    }

    private static ReplacementProgress progress(ClaimStage stage, JourneyStep step, int daysAfter) {
        return Replacements.progress(stage, step, DECIDED, WITHIN, DECIDED.plus(Duration.ofDays(daysAfter)));
    }
}
