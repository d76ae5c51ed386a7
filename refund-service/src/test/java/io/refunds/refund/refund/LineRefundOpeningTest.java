package io.refunds.refund.refund;

import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;
import static io.refunds.refund.refund.Refunds.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundDeduction;
import io.refunds.events.RefundDestination;
import io.refunds.events.RefundLine;
import io.refunds.refund.ledger.LedgerAccounts;
import io.refunds.refund.ledger.Posting;
import io.refunds.refund.ledger.Transfer;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Opening a refund whose cause names the item's cost lines: what each line pays, to whom it is booked. */
class LineRefundOpeningTest {

    private static final PaymentTerms TERMS = new PaymentTerms(new BigDecimal("0.1383"), null,
            RefundDestination.WALLET, Money.of(78_800, "CNY"));

    @Test
    void eachLineIsBookedToItsBearerAndWhatIsKeptStaysOutOfThePayable() {
        Refund refund = open(aDecision().seller("s-9").terms(TERMS).outcome(DecisionOutcome.FULL_REFUND, null)
                .lines(new RefundBreakdown(List.of(
                        line("ITEM", 10_900, 78_800, 10_900, "SELLER"),
                        line("SERVICE_FEE", 700, null, 700, "AGENT"),
                        line("INTERNATIONAL_SHIPPING", 1_300, null, 1_300, "CARRIER")),
                        List.of(new RefundDeduction("RETURN_SHIPPING", usd(165))), usd(12_735)))).refund();

        assertEquals(usd(12_735), refund.amount());
        assertEquals(usd(165), refund.deducted());
        assertEquals(Money.of(78_800, "CNY"), refund.sellerAmount());
        List<Posting> postings = open(aDecision().seller("s-9").terms(TERMS).outcome(DecisionOutcome.FULL_REFUND,
                null).lines(new RefundBreakdown(List.of(line("SERVICE_FEE", 700, null, 700, "AGENT")), List.of(),
                usd(700)))).postings();
        assertEquals(List.of(new Transfer(LedgerAccounts.AGENT_EXPENSE, LedgerAccounts.REFUNDS_PAYABLE, usd(700))),
                postings.get(0).transfers());
    }

    @Test
    void aSellersLineRecoversItsCnyCostInTheShareRefundedAndTheRestLater() {
        UUID caseId = UUID.randomUUID();
        Refund half = open(aDecision().forCase(caseId).terms(TERMS).partialRefund(null).lines(
                new RefundBreakdown(List.of(line("ITEM", 10_900, 78_800, 5_450, "SELLER")), List.of(), usd(5_450))))
                .refund();
        Refund rest = open(aDecision().forCase(caseId).terms(TERMS).fullRefund(null).lines(new RefundBreakdown(
                List.of(line("ITEM", 10_900, 78_800, 10_900, "SELLER")), List.of(), usd(10_900))).build(),
                new ItemRefunds(List.of(half))).refund();

        assertEquals(Money.of(39_400, "CNY"), half.sellerAmount());
        assertEquals(usd(5_450), rest.amount());
        assertEquals(Money.of(39_400, "CNY"), rest.sellerAmount());
    }

    @Test
    void aLineAlreadyRefundedInFullPaysNothingMore() {
        UUID caseId = UUID.randomUUID();
        RefundBreakdown whole = new RefundBreakdown(List.of(line("ITEM", 10_900, null, 10_900, "CARRIER")),
                List.of(), usd(10_900));
        Refund first = open(aDecision().forCase(caseId).terms(TERMS).fullRefund(null).lines(whole)).refund();

        Refund again = open(aDecision().forCase(caseId).terms(TERMS).fullRefund(null).lines(whole).build(),
                new ItemRefunds(List.of(first))).refund();

        assertEquals(RefundStatus.NOTHING_DUE, again.status());
        assertNull(first.sellerAmount(), "a carrier's line is recovered from the insurer, not the seller");
    }

    private static RefundLine line(String kind, long paid, Integer cny, long refund, String bearer) {
        return new RefundLine(kind, usd(paid), cny == null ? null : Money.of(cny, "CNY"), usd(refund), bearer);
    }

    private static Money usd(long minor) {
        return Money.of(minor, "USD");
    }
}
