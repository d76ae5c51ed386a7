package io.refunds.refund;

import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;
import static io.refunds.refund.fixtures.LedgerBalances.balances;
import static io.refunds.refund.fixtures.LedgerBalances.change;
import static io.refunds.refund.fixtures.LedgerBalances.trialBalanceIsZero;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundDeduction;
import io.refunds.events.RefundDestination;
import io.refunds.events.RefundLine;
import io.refunds.events.Topics;
import io.refunds.refund.fixtures.RefundApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A refund made of cost lines, on the real broker and database: the composed total is paid once, each line is booked
 * to whoever bears it (the seller in CNY at its cost, the agent's own expense, the parcel insurer), what the agent
 * keeps stays out of the payable, and no line is ever refunded beyond what the buyer paid for it across cases.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StripeStandInResource.class, scope = TestResourceScope.GLOBAL)
class LineRefundTest {

    private static final Money PAID = eur(2_300);
    private static final PaymentTerms TERMS = new PaymentTerms(new BigDecimal("0.1250"), null,
            RefundDestination.WALLET, Money.of(16_000, "CNY"));
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aDecisionNamingLinesIsPaidOnceAndEachLineIsBookedToItsBearer() {
        UUID caseId = UUID.randomUUID();
        String seller = "s-lines-" + caseId;
        Map<String, Long> before = balances();
        RefundBreakdown qcDefect = new RefundBreakdown(List.of(
                line("ITEM", 2_000, 16_000, 2_000, "SELLER"),
                line("DOMESTIC_SHIPPING", 150, 1_200, 150, "SELLER"),
                line("SERVICE_FEE", 100, null, 100, "AGENT"),
                line("QC_FEE", 50, null, 0, null)),
                List.of(new RefundDeduction("RETURN_SHIPPING", eur(150))), eur(2_100));
        DecisionMade decision = aDecision().forCase(caseId).buyer("b-lines").seller(seller).paid(PAID).terms(TERMS)
                .outcome(DecisionOutcome.FULL_REFUND, null).lines(qcDefect).build();

        events.send(TestEvents.record(decision));
        events.send(TestEvents.record(decision));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);

        RefundApi.buyer("b-lines").refundsOf(caseId).statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].amount.minorUnits", equalTo(2_100))
                .body("[0].deducted.minorUnits", equalTo(150))
                .body("[0].lines.kind", contains("ITEM", "DOMESTIC_SHIPPING", "SERVICE_FEE"))
                .body("[0].lines.bearer", contains("SELLER", "SELLER", "AGENT"))
                .body("[0].lines.amount.minorUnits", contains(2_000, 150, 100))
                .body("[0].sellerRecovery.minorUnits", equalTo(17_200));
        Map<String, Long> after = balances();
        assertEquals(17_200, change(before, after, "seller-receivable:" + seller + " CNY"));
        assertEquals(-100, change(before, after, "platform:agent-expense EUR"));
        assertEquals(150, change(before, after, "platform:fees-kept EUR"));
        assertEquals(-2_150, change(before, after, "platform:refund-expense EUR"));
        RefundApi.buyer("b-lines").wallet("b-lines", "EUR").statusCode(200).body("balance.minorUnits",
                equalTo(2_100));
        trialBalanceIsZero();
    }

    @Test
    void twoCasesOnOneItemNeverRefundALineBeyondWhatWasPaidForIt() {
        String orderId = "o-two-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        events.send(TestEvents.record(aDecision().forCase(first).order(orderId).buyer("b-two").paid(PAID).terms(TERMS)
                .outcome(DecisionOutcome.PARTIAL_REFUND, null).lines(new RefundBreakdown(List.of(
                        line("ITEM", 2_000, 16_000, 1_500, "SELLER"),
                        line("SERVICE_FEE", 300, null, 0, "AGENT")), List.of(), eur(1_500))).build()));
        events.awaitRecords(Topics.REFUND_ISSUED, first.toString(), 1);
        events.send(TestEvents.record(aDecision().forCase(second).order(orderId).buyer("b-two").paid(PAID)
                .terms(TERMS).outcome(DecisionOutcome.FULL_REFUND, null).lines(new RefundBreakdown(List.of(
                        line("ITEM", 2_000, 16_000, 2_000, "SELLER"),
                        line("SERVICE_FEE", 300, null, 300, "AGENT")), List.of(), eur(2_300))).build()));
        events.awaitRecords(Topics.REFUND_ISSUED, second.toString(), 1);

        RefundApi.buyer("b-two").refundsOf(first).statusCode(200).body("[0].amount.minorUnits", equalTo(1_500))
                .body("[0].sellerRecovery.minorUnits", equalTo(12_000));
        // The second case owes the whole item again: only the 5.00 EUR left of the ITEM line, and the fee, are paid;
        // the seller's CNY cost is recovered up to its whole, 16,000 fen in all.
        RefundApi.buyer("b-two").refundsOf(second).statusCode(200).body("[0].amount.minorUnits", equalTo(800))
                .body("[0].lines.amount.minorUnits", contains(500, 300))
                .body("[0].sellerRecovery.minorUnits", equalTo(4_000));
        trialBalanceIsZero();
    }

    @Test
    void aCarrierBorneLineIsOwedByTheParcelInsurer() {
        UUID caseId = UUID.randomUUID();
        Map<String, Long> before = balances();
        events.send(TestEvents.record(aDecision().forCase(caseId).buyer("b-carrier").paid(PAID).terms(TERMS)
                .outcome(DecisionOutcome.FULL_REFUND, null).lines(new RefundBreakdown(List.of(
                        line("ITEM", 2_000, 16_000, 2_000, "CARRIER"),
                        line("INTERNATIONAL_SHIPPING", 300, null, 300, "CARRIER")), List.of(), eur(2_300))).build()));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);

        RefundApi.buyer("b-carrier").refundsOf(caseId).statusCode(200).body("[0].amount.minorUnits", equalTo(2_300))
                .body("[0].sellerRecovery", equalTo(null));
        assertEquals(2_300, change(before, balances(), "insurer-receivable:parcel-insurance EUR"));
        trialBalanceIsZero();
    }

    private static RefundLine line(String kind, long paid, Integer cny, long refund, String bearer) {
        return new RefundLine(kind, eur(paid), cny == null ? null : Money.of(cny, "CNY"), eur(refund), bearer);
    }

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }
}
