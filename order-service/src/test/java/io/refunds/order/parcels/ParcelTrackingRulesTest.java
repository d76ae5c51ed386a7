package io.refunds.order.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.order.order.JourneyStep;
import io.refunds.order.order.OrderItem;
import io.refunds.order.policy.ParcelClaims;
import io.refunds.platform.problem.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A parcel from its items' journeys, and the carrier's scans, without Kafka, a database or HTTP. */
class ParcelTrackingRulesTest {

    private static final Instant SHIPPED = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant NOW = SHIPPED.plus(Duration.ofDays(3));

    @Test
    void aParcelIsShippedWithItsFirstItemAndDeliveredOnlyOnceEveryItemIs() {
        OrderItem first = item(SHIPPED, SHIPPED.plus(Duration.ofDays(2)));
        OrderItem second = item(SHIPPED.plusSeconds(60), null);

        ParcelClaims.Parcel onItsWay = Parcels.parcel("P-1", List.of(first, second), null);
        assertEquals(SHIPPED, onItsWay.shippedAt());
        assertNull(onItsWay.deliveredAt());
        assertFalse(onItsWay.carrierDeclaredLost());

        second.journeyStep = JourneyStep.DELIVERED;
        second.receivedAt = SHIPPED.plus(Duration.ofDays(3));
        assertEquals(SHIPPED.plus(Duration.ofDays(3)), Parcels.parcel("P-1", List.of(first, second), null)
                .deliveredAt());
    }

    @Test
    void onlyALaterScanMovesTheParcelOnAndAScanAfterTheCarriersLostDeclarationFindsIt() {
        ParcelTracking tracking = Parcels.untracked("P-1", NOW);
        assertTrue(Parcels.scan(tracking, SHIPPED, NOW.minusSeconds(60), "Leipzig", true, NOW));
        assertTrue(tracking.carrierDeclaredLost());
        assertFalse(Parcels.scan(tracking, SHIPPED, NOW.minusSeconds(120), "Older", false, NOW));
        assertEquals("Leipzig", tracking.lastScanLocation());
        assertTrue(Parcels.scan(tracking, SHIPPED, null, "Found", false, NOW));
        assertFalse(tracking.carrierDeclaredLost());
        assertEquals(NOW, tracking.lastScanAt());
    }

    @Test
    void aScanInTheFutureOrBeforeTheParcelWasShippedIsRefused() {
        ParcelTracking tracking = Parcels.untracked("P-1", NOW);
        assertThrows(ApiException.class, () -> Parcels.scan(tracking, SHIPPED, NOW.plus(Duration.ofHours(1)),
                null, false, NOW));
        assertThrows(ApiException.class, () -> Parcels.scan(tracking, SHIPPED, SHIPPED.minusSeconds(1), null,
                false, NOW));
    }

    private static OrderItem item(Instant shipped, Instant delivered) {
        OrderItem item = new OrderItem();
        item.shippedAbroadAt = shipped;
        item.journeyStep = delivered == null ? JourneyStep.SHIPPED_ABROAD : JourneyStep.DELIVERED;
        item.receivedAt = delivered;
        return item;
    }
}
