package io.refunds.order.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.Money;
import io.refunds.order.order.ItemCostLine;
import io.refunds.order.order.OrderItem;
import io.refunds.platform.api.LineKind;
import io.refunds.platform.problem.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of parcel claims, without Kafka, a database or HTTP. */
class ParcelClaimsTest {

    private static final Instant SHIPPED = Instant.parse("2026-11-01T08:00:00Z");
    private static final ParcelPolicy POLICY = new ParcelPolicy(Duration.ofDays(45), Duration.ofDays(7),
            Duration.ofDays(15),
            new CostQuote.Rule(Map.of(LineKind.ITEM, Bearer.CARRIER, LineKind.INTERNATIONAL_SHIPPING, Bearer.CARRIER),
                    List.of()),
            new CostQuote.Rule(Map.of(LineKind.INTERNATIONAL_SHIPPING, Bearer.AGENT), List.of()));
    private static final List<ItemCostLine> LINES = List.of(line(LineKind.ITEM, 4_000),
            line(LineKind.SERVICE_FEE, 300), line(LineKind.INTERNATIONAL_SHIPPING, 1_000),
            line(LineKind.INSURANCE, 150));

    @Test
    void aSilentParcelCountsAsLostOnlyAfterThePolicysSilence() {
        ParcelClaims.Parcel parcel = inTransit(SHIPPED.plus(Duration.ofDays(3)), false);

        refused("PARCEL_NOT_YET_LOST", () -> ParcelClaims.deadline(ParcelClaimReason.LOST, parcel, POLICY,
                SHIPPED.plus(Duration.ofDays(17))));
        assertEquals(SHIPPED.plus(Duration.ofDays(45)), ParcelClaims.deadline(ParcelClaimReason.LOST, parcel, POLICY,
                SHIPPED.plus(Duration.ofDays(18))));
    }

    @Test
    void theCarriersWordMakesAParcelLostAtOnce() {
        assertEquals(SHIPPED.plus(Duration.ofDays(45)), ParcelClaims.deadline(ParcelClaimReason.LOST,
                inTransit(SHIPPED.plusSeconds(3_600), true), POLICY, SHIPPED.plus(Duration.ofDays(2))));
    }

    @Test
    void aParcelNeverScannedIsCountedFromItsShipment() {
        refused("PARCEL_NOT_YET_LOST", () -> ParcelClaims.deadline(ParcelClaimReason.LOST, inTransit(null, false),
                POLICY, SHIPPED.plus(Duration.ofDays(14))));
        assertEquals(SHIPPED.plus(Duration.ofDays(45)), ParcelClaims.deadline(ParcelClaimReason.LOST,
                inTransit(null, false), POLICY, SHIPPED.plus(Duration.ofDays(15))));
    }

    @Test
    void aParcelThatNeverArrivedIsClaimedWithinItsWindowAfterShipment() {
        assertEquals(SHIPPED.plus(Duration.ofDays(45)), ParcelClaims.deadline(ParcelClaimReason.SEIZED,
                inTransit(null, false), POLICY, SHIPPED.plus(Duration.ofDays(45))));
        refused("PARCEL_CLAIM_WINDOW_CLOSED", () -> ParcelClaims.deadline(ParcelClaimReason.SEIZED,
                inTransit(null, false), POLICY, SHIPPED.plus(Duration.ofDays(45)).plusSeconds(1)));
    }

    @Test
    void damageInTransitIsClaimedWithinItsWindowAfterDelivery() {
        Instant delivered = SHIPPED.plus(Duration.ofDays(10));
        ParcelClaims.Parcel parcel = new ParcelClaims.Parcel("P-1", SHIPPED, delivered, delivered, false);

        assertEquals(delivered.plus(Duration.ofDays(7)), ParcelClaims.deadline(ParcelClaimReason.DAMAGED_IN_TRANSIT,
                parcel, POLICY, delivered.plus(Duration.ofDays(7))));
        refused("PARCEL_CLAIM_WINDOW_CLOSED", () -> ParcelClaims.deadline(ParcelClaimReason.DAMAGED_IN_TRANSIT,
                parcel, POLICY, delivered.plus(Duration.ofDays(8))));
        refused("PARCEL_NOT_DELIVERED", () -> ParcelClaims.deadline(ParcelClaimReason.DAMAGED_IN_TRANSIT,
                inTransit(null, false), POLICY, delivered));
    }

    @Test
    void aDeliveredParcelIsNeitherLostNorSeized() {
        Instant delivered = SHIPPED.plus(Duration.ofDays(10));
        ParcelClaims.Parcel parcel = new ParcelClaims.Parcel("P-1", SHIPPED, delivered, delivered, false);

        refused("PARCEL_DELIVERED", () -> ParcelClaims.deadline(ParcelClaimReason.LOST, parcel, POLICY,
                delivered.plus(Duration.ofDays(1))));
        refused("PARCEL_DELIVERED", () -> ParcelClaims.deadline(ParcelClaimReason.SEIZED, parcel, POLICY,
                delivered.plus(Duration.ofDays(1))));
    }

    @Test
    void anInsuredItemIsPaidItsValueAndShippingByTheInsurer() {
        CostQuote.Quote payout = ParcelClaims.payout(LINES, "USD", usd(10_000), POLICY);

        assertEquals(usd(5_000), payout.total());
        assertEquals(List.of(new CostQuote.Share(Bearer.CARRIER, usd(5_000))), payout.bearers());
        assertEquals(usd(0), refundOf(payout, LineKind.SERVICE_FEE));
        assertEquals(usd(0), refundOf(payout, LineKind.INSURANCE));
    }

    @Test
    void anInsuredItemIsPaidNoMoreThanItsInsuredAmountSpreadOverItsLines() {
        CostQuote.Quote payout = ParcelClaims.payout(LINES, "USD", usd(2_500), POLICY);

        assertEquals(usd(2_500), payout.total());
        assertEquals(usd(2_000), refundOf(payout, LineKind.ITEM));
        assertEquals(usd(500), refundOf(payout, LineKind.INTERNATIONAL_SHIPPING));
    }

    @Test
    void anUninsuredItemIsPaidWhatThePolicySaysByWhomItSays() {
        CostQuote.Quote payout = ParcelClaims.payout(LINES, "USD", null, POLICY);

        assertEquals(usd(1_000), payout.total());
        assertEquals(List.of(new CostQuote.Share(Bearer.AGENT, usd(1_000))), payout.bearers());
        assertEquals(payout.total(), ParcelClaims.payout(LINES, "USD", usd(0), POLICY).total());
    }

    private static ParcelClaims.Parcel inTransit(Instant lastScan, boolean carrierSaysLost) {
        return new ParcelClaims.Parcel("P-1", SHIPPED, null, lastScan, carrierSaysLost);
    }

    private static Money refundOf(CostQuote.Quote quote, LineKind kind) {
        return quote.lines().stream().filter(line -> line.kind() == kind).findFirst().orElseThrow().refund();
    }

    private static void refused(String rule, Executable command) {
        ApiException refused = assertThrows(ApiException.class, command);
        assertEquals(409, refused.problem().status());
        assertEquals(rule, refused.problem().rule());
        assertTrue(refused.problem().toString().contains("P-1"), refused.problem().toString());
    }

    private static Money usd(long minorUnits) {
        return Money.of(minorUnits, "USD");
    }

    private static ItemCostLine line(LineKind kind, long minorUnits) {
        OrderItem item = new OrderItem();
        item.orderId = "o-1";
        item.itemId = "i-1";
        return ItemCostLine.of(item, kind, Money.of(minorUnits, "USD"), null, Instant.EPOCH);
    }
}
