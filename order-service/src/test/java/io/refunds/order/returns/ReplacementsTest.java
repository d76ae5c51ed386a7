package io.refunds.order.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.order.order.JourneyStep;
import io.refunds.order.policy.ClaimStage;
import java.time.Duration;
import io.refunds.platform.problem.ApiException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** When an exchange or replacement ends its case and how its journey is recorded, without Kafka, a database or HTTP. */
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

    @Test
    void aWarehouseReplacementArrivesWhenStockedInAndItsJourneyEndsThere() {
        StoredReplacement r = opened(ClaimStage.AT_WAREHOUSE);
        assertEquals(new Replacements.Recorded(true, false), record(r, JourneyStep.SELLER_SHIPPED, "SF1", null, 1));
        assertEquals(new Replacements.Recorded(true, true), record(r, JourneyStep.STOCKED_IN, null, null, 2));
        assertEquals(ReplacementProgress.ARRIVED, r.status());
        assertEquals(DECIDED.plus(Duration.ofDays(2)), r.arrivedAt());
        assertRule(422, "AFTER_REPLACEMENT_ARRIVAL", () -> record(r, JourneyStep.SHIPPED_ABROAD, "E1", "P1", 3));
    }

    @Test
    void aRepeatChangesNothingAndAnEarlierStepIsAConflictNamingTheCurrentOne() {
        StoredReplacement r = opened(ClaimStage.AFTER_DELIVERY);
        record(r, JourneyStep.SELLER_SHIPPED, "SF1", null, 1);
        assertEquals(new Replacements.Recorded(false, false), record(r, JourneyStep.SELLER_SHIPPED, "SF1", null, 2));
        ApiException refused = assertThrows(ApiException.class, () -> record(r, JourneyStep.PURCHASED, null, null, 2));
        assertEquals(409, refused.problem().status());
        assertTrue(refused.getMessage().contains("already SELLER_SHIPPED"), refused.getMessage());
        assertRule(409, "JOURNEY_STEP_RECORDED", () -> record(r, JourneyStep.SELLER_SHIPPED, "SF2", null, 2));
    }

    @Test
    void anAwaitedReplacementIsOverdueOnlyOnceItsTimeHasPassed() {
        StoredReplacement r = opened(ClaimStage.AFTER_DELIVERY);
        assertFalse(Replacements.overdue(r, DECIDED.plus(Duration.ofDays(14))));
        assertTrue(Replacements.overdue(r, DECIDED.plus(Duration.ofDays(15))));
        assertEquals(ReplacementProgress.OVERDUE, r.status());
        assertEquals(new Replacements.Recorded(true, false), record(r, JourneyStep.DELIVERED, null, null, 16));
        assertEquals(ReplacementProgress.OVERDUE, r.status(), "a late arrival leaves the case with the agents");
    }

    @Test
    void anArrivedReplacementIsNeverOverdue() {
        StoredReplacement r = opened(ClaimStage.AFTER_DELIVERY);
        record(r, JourneyStep.DELIVERED, null, null, 3);
        assertFalse(Replacements.overdue(r, DECIDED.plus(Duration.ofDays(30))));
        assertEquals(ReplacementProgress.ARRIVED, r.status());
    }

    private static StoredReplacement opened(ClaimStage stage) {
        return Replacements.open(UUID.randomUUID(), new ReturnSubject(UUID.randomUUID(), "decision:d-1", "o-1", "i-1",
                "b-1", "s-1"), stage, WITHIN, DECIDED);
    }

    private static Replacements.Recorded record(StoredReplacement r, JourneyStep step, String tracking,
            String parcelId, int daysAfter) {
        Instant at = DECIDED.plus(Duration.ofDays(daysAfter));
        return Replacements.record(r, step, at, parcelId == null ? null : "EMS", tracking, parcelId, at);
    }

    private static void assertRule(int status, String rule, Executable step) {
        ApiException refused = assertThrows(ApiException.class, step);
        assertEquals(status, refused.problem().status());
        assertEquals(rule, refused.problem().rule());
    }

    private static ReplacementProgress progress(ClaimStage stage, JourneyStep step, int daysAfter) {
        return Replacements.progress(stage, step, DECIDED, WITHIN, DECIDED.plus(Duration.ofDays(daysAfter)));
    }
}
