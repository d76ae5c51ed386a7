package io.refunds.order.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.order.order.ItemCostLine;
import io.refunds.order.order.OrderItem;
import io.refunds.platform.api.LineKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quotes line by line for each fault, without Kafka, a database or HTTP. */
class CostQuoteTest {

    private static final BigDecimal RATE = new BigDecimal("0.1383");
    private static final CostQuote.Fees FEES = new CostQuote.Fees(1_200, 1_000);
    private static final CostQuote.Rule SELLER_AT_WAREHOUSE = new CostQuote.Rule(Map.of(LineKind.ITEM, Bearer.SELLER,
            LineKind.DOMESTIC_SHIPPING, Bearer.SELLER, LineKind.SERVICE_FEE, Bearer.AGENT), List.of());
    private static final CostQuote.Rule BUYER_AT_WAREHOUSE = new CostQuote.Rule(Map.of(LineKind.ITEM, Bearer.SELLER),
            List.of(Deduction.RETURN_SHIPPING, Deduction.RETURN_FEE));
    private static final CostQuote.Rule AGENT_AT_WAREHOUSE = new CostQuote.Rule(Map.of(LineKind.ITEM, Bearer.AGENT,
            LineKind.DOMESTIC_SHIPPING, Bearer.AGENT, LineKind.SERVICE_FEE, Bearer.AGENT,
            LineKind.QC_FEE, Bearer.AGENT), List.of());
    private static final CostQuote.Rule CARRIER_AFTER_DELIVERY = new CostQuote.Rule(Map.of(LineKind.ITEM,
            Bearer.CARRIER, LineKind.DOMESTIC_SHIPPING, Bearer.CARRIER, LineKind.INTERNATIONAL_SHIPPING,
            Bearer.CARRIER), List.of());

    /** 100.00 item, 5.00 domestic shipping, 6.00 service fee, 2.00 QC fee, 9.00 parcel share, 1.50 insurance. */
    private static final List<ItemCostLine> LINES = List.of(line(LineKind.ITEM, 10_000),
            line(LineKind.DOMESTIC_SHIPPING, 500), line(LineKind.SERVICE_FEE, 600),
            line(LineKind.QC_FEE, 200), line(LineKind.INTERNATIONAL_SHIPPING, 900),
            line(LineKind.INSURANCE, 150));

    @Test
    void aSellersFaultAtTheWarehouseRefundsTheSellersLinesAndTheServiceFeeButNotTheQcDone() {
        CostQuote.Quote quote = CostQuote.of(LINES, "USD", SELLER_AT_WAREHOUSE, Remedy.RETURN_AND_REFUND, null, false,
                FEES, RATE);

        assertEquals(usd(11_100), quote.total());
        assertEquals(List.of(new CostQuote.Share(Bearer.SELLER, usd(10_500)), new CostQuote.Share(Bearer.AGENT,
                usd(600))), quote.bearers());
        CostQuote.Line qc = line(quote, LineKind.QC_FEE);
        assertFalse(qc.refundable());
        assertEquals(usd(0), qc.refund());
        assertTrue(quote.deductions().isEmpty());
    }

    @Test
    void aBuyersChangeOfMindRefundsTheItemLessTheReturnPostageConvertedAtTheLockedRate() {
        CostQuote.Quote quote = CostQuote.of(LINES, "USD", BUYER_AT_WAREHOUSE, Remedy.RETURN_AND_REFUND, null, false,
                FEES, RATE);

        // 12.00 CNY at 0.1383 is 1.6596 USD, rounded down in the buyer's favour.
        assertEquals(List.of(usd(165)), quote.deductions().stream().map(CostQuote.Kept::amount).toList());
        assertEquals(usd(10_000 - 165), quote.total());
        assertEquals(List.of(new CostQuote.Share(Bearer.SELLER, usd(10_000))), quote.bearers());
    }

    @Test
    void pastTheFreeQuotaTheReturnFeeIsDeductedToo() {
        CostQuote.Quote quote = CostQuote.of(LINES, "USD", BUYER_AT_WAREHOUSE, Remedy.RETURN_AND_REFUND, null, true,
                FEES, RATE);

        assertEquals(List.of(Deduction.RETURN_SHIPPING, Deduction.RETURN_FEE),
                quote.deductions().stream().map(CostQuote.Kept::kind).toList());
        assertEquals(usd(165 + 138), quote.deducted());
        assertEquals(usd(10_000 - 165 - 138), quote.total());
    }

    @Test
    void anAgentsMistakeIsRefundedWholeByTheAgentUpToTheWarehouse() {
        CostQuote.Quote quote = CostQuote.of(LINES, "USD", AGENT_AT_WAREHOUSE, Remedy.RETURN_AND_REFUND, null, false,
                FEES, RATE);

        assertEquals(usd(11_300), quote.total());
        assertEquals(List.of(new CostQuote.Share(Bearer.AGENT, usd(11_300))), quote.bearers());
    }

    @Test
    void aCarriersDamageIsClaimedFromTheInsuranceWithoutThePremium() {
        CostQuote.Quote quote = CostQuote.of(LINES, "USD", CARRIER_AFTER_DELIVERY, Remedy.FULL_REFUND, null, false,
                FEES, RATE);

        assertEquals(usd(11_400), quote.total());
        assertEquals(List.of(new CostQuote.Share(Bearer.CARRIER, usd(11_400))), quote.bearers());
        assertFalse(line(quote, LineKind.INSURANCE).refundable());
    }

    @Test
    void aPartialRefundIsSpreadInProportionAndNoLineGetsMoreThanItCost() {
        CostQuote.Rule rule = new CostQuote.Rule(Map.of(LineKind.ITEM, Bearer.SELLER,
                LineKind.DOMESTIC_SHIPPING, Bearer.SELLER), List.of());

        CostQuote.Quote quote = CostQuote.of(LINES, "USD", rule, Remedy.PARTIAL_REFUND, usd(5_000), false, FEES,
                RATE);

        // 5,000 × 10,000 / 10,500 = 4,761.9 and 5,000 × 500 / 10,500 = 238.1: 4,761 + 238, the unit left to ITEM.
        assertEquals(usd(4_762), line(quote, LineKind.ITEM).refund());
        assertEquals(usd(238), line(quote, LineKind.DOMESTIC_SHIPPING).refund());
        assertEquals(usd(5_000), quote.total());
        CostQuote.Quote everything = CostQuote.of(LINES, "USD", rule, Remedy.PARTIAL_REFUND, usd(1_000_000), false,
                FEES, RATE);
        assertEquals(usd(10_500), everything.total());
    }

    @Test
    void anExchangeRefundsNothing() {
        CostQuote.Quote quote = CostQuote.of(LINES, "USD", SELLER_AT_WAREHOUSE, Remedy.REPLACEMENT, null, false, FEES,
                RATE);

        assertEquals(usd(0), quote.total());
        assertTrue(quote.bearers().isEmpty());
    }

    @Test
    void whatIsKeptNeverExceedsWhatIsRefunded() {
        List<ItemCostLine> cheap = List.of(lineIn(LineKind.ITEM, 500, "CNY"));

        CostQuote.Quote quote = CostQuote.of(cheap, "CNY", BUYER_AT_WAREHOUSE, Remedy.RETURN_AND_REFUND, null, true,
                FEES, null);

        assertEquals(Money.of(500, "CNY"), quote.deducted());
        assertEquals(Money.of(0, "CNY"), quote.total());
    }

    @Test
    void withoutALockedRateAFeeInCnyIsNotDeductedAndTheQuoteSaysWhy() {
        CostQuote.Quote quote = CostQuote.of(LINES, "USD", BUYER_AT_WAREHOUSE, Remedy.RETURN_AND_REFUND, null, false,
                FEES, null);

        assertEquals(usd(10_000), quote.total());
        assertTrue(quote.deductions().get(0).why().contains("no locked exchange rate"));
    }

    private static CostQuote.Line line(CostQuote.Quote quote, LineKind kind) {
        return quote.lines().stream().filter(line -> line.kind() == kind).findFirst().orElseThrow();
    }

    private static Money usd(long minorUnits) {
        return Money.of(minorUnits, "USD");
    }

    private static ItemCostLine line(LineKind kind, long minorUnits) {
        return lineIn(kind, minorUnits, "USD");
    }

    private static ItemCostLine lineIn(LineKind kind, long minorUnits, String currency) {
        OrderItem item = new OrderItem();
        item.orderId = "o-1";
        item.itemId = "i-1";
        return ItemCostLine.of(item, kind, Money.of(minorUnits, currency), null, Instant.EPOCH);
    }
}
