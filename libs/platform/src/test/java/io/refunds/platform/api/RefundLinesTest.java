package io.refunds.platform.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.Money;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundDeduction;
import io.refunds.events.RefundLine;
import io.refunds.events.Remedy;
import io.refunds.platform.problem.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundLinesTest {

    /** A jacket at the warehouse, QC defect: item and domestic shipping borne by the seller, QC fee not refunded. */
    private static final RefundBreakdown QUOTE = new RefundBreakdown(List.of(
            line("ITEM", 2000, "SELLER"),
            line("DOMESTIC_SHIPPING", 150, "SELLER"),
            line("SERVICE_FEE", 100, "AGENT"),
            line("QC_FEE", 50, null)),
            List.of(new RefundDeduction("RETURN_SHIPPING", usd(170))), usd(2080));

    @Test
    void aFullRefundRefundsEveryRefundableLineWholeAndNothingElse() {
        RefundBreakdown full = compose(Remedy.FULL_REFUND, null, List.of());

        assertEquals(List.of(2000L, 150L, 100L, 0L), refunds(full));
        assertEquals(usd(2080), full.total());
        assertEquals(170, full.deductedMinor());
    }

    @Test
    void aPartialAmountIsSpreadInProportionAndNoLineGetsMoreThanItCost() {
        RefundBreakdown partial = compose(Remedy.PARTIAL_REFUND, usd(1001), List.of());

        assertEquals(List.of(890L, 67L, 44L, 0L), refunds(partial));
        assertEquals(usd(1001), partial.total());
        assertTrue(partial.deductions().isEmpty());
    }

    @Test
    void spreadingGivesTheRoundingRemainderToTheFirstLinesWithRoom() {
        assertArrayEquals(new long[] {4, 3, 3}, RefundLines.spread(10, new long[] {5, 5, 5}));
        assertArrayEquals(new long[] {1, 1, 0}, RefundLines.spread(2, new long[] {1, 1, 1}));
        assertArrayEquals(new long[] {0, 7}, RefundLines.spread(7, new long[] {0, 7}));
    }

    @Test
    void anAmountAboveTheRefundableLinesIsRefusedNamingTheField() {
        ApiException refused = assertThrows(ApiException.class,
                () -> compose(Remedy.PARTIAL_REFUND, usd(2251), List.of()));

        assertTrue(refused.getMessage().contains("amount.minorUnits"), refused.getMessage());
    }

    @Test
    void namedLinesRefundWhatTheyNameAndALineBeyondThePolicyIsBorneByWhoChoseIt() {
        RefundBreakdown named = compose(Remedy.PARTIAL_REFUND, null,
                List.of(new RefundLines.Named("ITEM", usd(500)), new RefundLines.Named("QC_FEE", usd(50))));

        assertEquals(List.of(500L, 0L, 0L, 50L), refunds(named));
        assertEquals("AGENT", named.lines().get(3).bearer());
        assertEquals(usd(550), named.total());
    }

    @Test
    void namedLinesAreRefusedAboveTheirLineTwiceOrUnknownOrWithAnotherSum() {
        assertThrows(ApiException.class, () -> compose(Remedy.PARTIAL_REFUND, null,
                List.of(new RefundLines.Named("ITEM", usd(2001)))));
        assertThrows(ApiException.class, () -> compose(Remedy.PARTIAL_REFUND, null,
                List.of(new RefundLines.Named("ITEM", usd(1)), new RefundLines.Named("ITEM", usd(1)))));
        assertThrows(ApiException.class, () -> compose(Remedy.PARTIAL_REFUND, null,
                List.of(new RefundLines.Named("INSURANCE", usd(1)))));
        assertThrows(ApiException.class, () -> compose(Remedy.PARTIAL_REFUND, usd(3),
                List.of(new RefundLines.Named("ITEM", usd(2)))));
        assertThrows(ApiException.class, () -> compose(Remedy.FULL_REFUND, null,
                List.of(new RefundLines.Named("ITEM", usd(2)))));
    }

    @Test
    void withoutCostLinesOrForAReplacementThereIsNoBreakdown() {
        assertNull(RefundLines.compose(null, Remedy.FULL_REFUND, null, List.of(), "AGENT", "amount", "lines"));
        assertNull(compose(Remedy.REPLACEMENT, null, List.of()));
        assertThrows(ApiException.class, () -> RefundLines.compose(null, Remedy.PARTIAL_REFUND, usd(1),
                List.of(new RefundLines.Named("ITEM", usd(1))), "AGENT", "amount", "lines"));
    }

    private static RefundBreakdown compose(Remedy remedy, Money amount, List<RefundLines.Named> named) {
        return RefundLines.compose(QUOTE, remedy, amount, named, "AGENT", "amount", "lines");
    }

    private static List<Long> refunds(RefundBreakdown breakdown) {
        return breakdown.lines().stream().map(line -> line.refund().minorUnits()).toList();
    }

    private static RefundLine line(String kind, long paid, String bearer) {
        return new RefundLine(kind, usd(paid), null, usd(bearer == null ? 0 : paid), bearer);
    }

    private static Money usd(long minor) {
        return Money.of(minor, "USD");
    }
}
