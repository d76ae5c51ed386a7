package io.refunds.refund;

import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;
import static io.refunds.refund.fixtures.LedgerBalances.trialBalanceIsZero;
import static io.refunds.refund.fixtures.SettlementAgreedBuilder.aSettlement;
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
import io.refunds.events.RefundDestination;
import io.refunds.events.Topics;
import io.refunds.refund.fixtures.RefundApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the agent recovers from the seller comes from the seller's CNY price, not from the buyer's amount and the
 * rate: a full refund recovers exactly the price, partial ones their proportional shares, never more in all.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StripeStandInResource.class, scope = TestResourceScope.GLOBAL)
class SellerRecoveryTest {

    private static final Money PAID = Money.of(5_200, "EUR");
    private static final PaymentTerms TERMS = new PaymentTerms(new BigDecimal("0.1302"), null, RefundDestination.WALLET,
            Money.of(39_900, "CNY"));
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aFullRefundRecoversExactlyTheSellersPriceNotTheAmountAtTheRate() {
        UUID caseId = UUID.randomUUID();
        events.send(TestEvents.record(decision(caseId, "b-full", DecisionOutcome.FULL_REFUND, PAID, TERMS)));

        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);
        refunds("b-full", caseId).body("[0].amount.minorUnits", equalTo(5_200))
                .body("[0].sellerRecovery.minorUnits", equalTo(39_900))
                .body("[0].sellerRecovery.currency", equalTo("CNY"));
        trialBalanceIsZero();
    }

    @Test
    void partialRefundsRecoverTheirSharesAndNeverMoreThanThePriceInAll() {
        UUID caseId = UUID.randomUUID();
        String orderId = "o-" + caseId;
        events.send(TestEvents.record(aSettlement().forCase(caseId).order(orderId).buyer("b-parts")
                .partialRefund(Money.of(1_733, "EUR")).paid(PAID).terms(TERMS).build()));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);
        DecisionMade more = decision(caseId, "b-parts", DecisionOutcome.PARTIAL_REFUND, Money.of(3_466, "EUR"), TERMS);
        events.send(TestEvents.record(more));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 2);
        events.send(TestEvents.record(decision(caseId, "b-parts", DecisionOutcome.FULL_REFUND, PAID, TERMS)));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 3);

        // 39,900 x 1,733 / 5,200 = 13,297.44 -> 13,297; x 3,466 / 5,200 = 26,594.88 -> 26,595, less the 13,297 already
        // recovered = 13,298; the full refund covers the rest of the price: 39,900 - 26,595 = 13,305.
        refunds("b-parts", caseId).body("amount.minorUnits", contains(1_733, 1_733, 1_734))
                .body("sellerRecovery.minorUnits", contains(13_297, 13_298, 13_305));
        List<Integer> parts = refunds("b-parts", caseId).extract().path("sellerRecovery.minorUnits");
        assertEquals(39_900, parts.stream().mapToInt(Integer::intValue).sum());
        trialBalanceIsZero();
    }

    @Test
    void withoutTheSellersPriceTheBuyersAmountIsConvertedAtTheLockedRate() {
        UUID caseId = UUID.randomUUID();
        PaymentTerms older = new PaymentTerms(new BigDecimal("0.1302"), null, RefundDestination.WALLET);
        events.send(TestEvents.record(decision(caseId, "b-older", DecisionOutcome.FULL_REFUND, PAID, older)));

        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);
        refunds("b-older", caseId).body("[0].sellerRecovery.minorUnits", equalTo(39_939));
    }

    private static DecisionMade decision(UUID caseId, String buyerId, DecisionOutcome outcome, Money refund,
            PaymentTerms terms) {
        return aDecision().forCase(caseId).buyer(buyerId).outcome(outcome, refund).paid(PAID).terms(terms).build();
    }

    private static ValidatableResponse refunds(String buyerId, UUID caseId) {
        return RefundApi.buyer(buyerId).refundsOf(caseId).statusCode(200);
    }
}
