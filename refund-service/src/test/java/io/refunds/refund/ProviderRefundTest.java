package io.refunds.refund;

import static io.refunds.refund.StripeStandInResource.refundsOn;
import static io.refunds.refund.StripeStandInResource.requestsFor;
import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;
import static io.refunds.refund.fixtures.SettlementAgreedBuilder.aSettlement;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionMade;
import io.refunds.events.EventType;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundDestination;
import io.refunds.events.RefundFailed;
import io.refunds.events.RefundIssued;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.refund.fixtures.RefundApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds to the original payment method through the Stripe adapter, against the stand-in HTTP server: success,
 * pending, timeouts and 5xx retried with one idempotency key, declines, RefundFailed, manual retry, the wallet
 * fallback, and the seller leg in CNY. The stand-in's behaviour is chosen by the PaymentIntent's suffix.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StripeStandInResource.class, scope = TestResourceScope.GLOBAL)
class ProviderRefundTest {

    private static final Money PAID = Money.of(12_900, "USD");
    private static final BigDecimal USD_PER_CNY = new BigDecimal("0.1383");
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aRefundToTheCardIsPaidOnceThroughStripe() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId();
        DecisionMade decision = decision(caseId, "b-card", paymentIntent);
        events.send(TestEvents.record(decision));
        events.send(TestEvents.record(decision));

        ConsumerRecord<String, String> record = events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.REFUND_ISSUED, record.value()));
        RefundIssued issued = TestEvents.read(record.value(), RefundIssued.class);
        assertEquals("ORIGINAL_PAYMENT", issued.destination());
        assertEquals(PAID, issued.amount());
        assertEquals(1, refundsOn(paymentIntent).size());

        events.awaitConsumed("refund-service", Topics.DECISION_MADE);
        assertEquals(1, events.recordsNow(Topics.REFUND_ISSUED, caseId.toString()).size());
        RefundApi.agent().refund(issued.refundId()).statusCode(200)
                .body("status", equalTo("ISSUED")).body("provider", equalTo("stripe"))
                .body("providerRefundId", equalTo(refundsOn(paymentIntent).get(0)))
                .body("providerAttempts.outcome", contains("SUCCEEDED"));
        RefundApi.buyer("b-card").wallet("b-card", "USD").statusCode(200).body("balance.minorUnits", equalTo(0));
        trialBalanceIsZero();
    }

    @Test
    void theSellerOwesACardRefundBackInCnyAtTheLockedRate() {
        UUID caseId = UUID.randomUUID();
        events.send(TestEvents.record(decision(caseId, "b-card-cny", "pi_" + shortId())));

        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        // 129.00 USD / 0.1383 USD per CNY = 932.7548... CNY, half-even to the fen.
        RefundApi.agent().refund(issued.refundId()).statusCode(200)
                .body("sellerRecovery.minorUnits", equalTo(93_275)).body("sellerRecovery.currency", equalTo("CNY"));
    }

    @Test
    void timeoutsAreRetriedWithTheSameIdempotencyKeyAndPayOnce() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId() + "_timeout2";
        events.send(TestEvents.record(decision(caseId, "b-slow", paymentIntent)));

        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        assertEquals(1, refundsOn(paymentIntent).size(), "three requests, one refund at Stripe");
        assertEquals(3, requestsFor(paymentIntent));
        RefundApi.agent().refund(issued.refundId()).statusCode(200)
                .body("providerAttempts.outcome", contains("UNKNOWN", "UNKNOWN", "SUCCEEDED"))
                .body("providerAttempts.idempotencyKey", everyItem(equalTo("refund-" + issued.refundId() + "-1")));
    }

    @Test
    void fiveHundredsExhaustTheAttemptsAndFailTheRefund() {
        UUID caseId = UUID.randomUUID();
        events.send(TestEvents.record(decision(caseId, "b-5xx", "pi_" + shortId() + "_error3")));

        ConsumerRecord<String, String> record = events.awaitRecords(Topics.REFUND_FAILED, caseId.toString(), 1).get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.REFUND_FAILED, record.value()));
        RefundFailed failed = TestEvents.read(record.value(), RefundFailed.class);
        assertEquals(3, failed.attempts());
        RefundApi.agent().refund(failed.refundId()).statusCode(200)
                .body("status", equalTo("FAILED")).body("attempts", equalTo(3));
    }

    @Test
    void aBuyerCannotRetryAFailedRefund() {
        UUID caseId = UUID.randomUUID();
        RefundFailed failed = failed(caseId, "b-5xx-retry", "pi_" + shortId() + "_error3");

        RefundApi.buyer("b-5xx-retry").retry(failed.refundId()).statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anAgentsRetryStartsANewRoundUnderTheSameKeyAndPaysOnce() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId() + "_error3";
        RefundFailed failed = failed(caseId, "b-5xx-agent", paymentIntent);

        RefundApi.agent().retry(failed.refundId()).statusCode(200)
                .body("status", equalTo("PENDING")).body("round", equalTo(2));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);
        assertEquals(1, refundsOn(paymentIntent).size());
        RefundApi.agent().refund(failed.refundId()).statusCode(200).body("status", equalTo("ISSUED"))
                .body("providerAttempts.outcome", contains("UNKNOWN", "UNKNOWN", "UNKNOWN", "SUCCEEDED"))
                .body("providerAttempts.idempotencyKey", everyItem(equalTo("refund-" + failed.refundId() + "-1")));
        trialBalanceIsZero();
    }

    @Test
    void anIssuedRefundCannotBeRetried() {
        UUID caseId = UUID.randomUUID();
        RefundFailed failed = failed(caseId, "b-5xx-again", "pi_" + shortId() + "_error3");
        RefundApi.agent().retry(failed.refundId()).statusCode(200);
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);

        RefundApi.agent().retry(failed.refundId()).statusCode(409).body("rule", equalTo("REFUND_NOT_FAILED"));
    }

    @Test
    void aDeclineFailsTheRefundAtOnce() {
        UUID caseId = UUID.randomUUID();
        RefundFailed failed = failed(caseId, "b-declined", "pi_" + shortId() + "_decline");

        assertEquals(1, failed.attempts(), "a decline is final: no retry would change it");
    }

    @Test
    void aBuyerCannotTakeAnotherBuyersRefundInTheirWallet() {
        UUID caseId = UUID.randomUUID();
        RefundFailed failed = failed(caseId, "b-declined-own", "pi_" + shortId() + "_decline");

        RefundApi.buyer("b-other").walletFallback(failed.refundId()).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theBuyerTakesADeclinedRefundInTheWallet() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId() + "_decline";
        RefundFailed failed = failed(caseId, "b-declined-wallet", paymentIntent);

        RefundApi.buyer("b-declined-wallet").walletFallback(failed.refundId()).statusCode(200)
                .body("status", equalTo("ISSUED")).body("destination", equalTo("WALLET"))
                .body("fallbackChosenBy", equalTo("b-declined-wallet"));
        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        assertEquals("WALLET", issued.destination());
        assertEquals(0, refundsOn(paymentIntent).size());
        RefundApi.buyer("b-declined-wallet").wallet("b-declined-wallet", "USD").statusCode(200)
                .body("balance.minorUnits", equalTo(12_900));
        trialBalanceIsZero();
    }

    @Test
    void aRefundTakenInTheWalletCannotBeTakenAgain() {
        UUID caseId = UUID.randomUUID();
        RefundFailed failed = failed(caseId, "b-declined-twice", "pi_" + shortId() + "_decline");
        RefundApi.buyer("b-declined-twice").walletFallback(failed.refundId()).statusCode(200);

        RefundApi.buyer("b-declined-twice").walletFallback(failed.refundId()).statusCode(409)
                .body("rule", equalTo("REFUND_NOT_FAILED"));
    }

    @Test
    void aFallbackAfterTimeoutsFindsTheRefundStripeMadeAndPaysNothingTwice() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId() + "_timeout9";
        events.send(TestEvents.record(decision(caseId, "b-unknown", paymentIntent)));
        RefundFailed failed = TestEvents.read(events.awaitRecords(Topics.REFUND_FAILED, caseId.toString(), 1).get(0)
                .value(), RefundFailed.class);
        assertEquals(1, refundsOn(paymentIntent).size(), "Stripe refunded although no answer arrived");

        RefundApi.buyer("b-unknown").walletFallback(failed.refundId()).statusCode(200)
                .body("status", equalTo("ISSUED")).body("destination", equalTo("ORIGINAL_PAYMENT"))
                .body("fallbackChosenBy", nullValue());
        RefundApi.buyer("b-unknown").wallet("b-unknown", "USD").statusCode(200).body("balance.minorUnits", equalTo(0));
        assertEquals(1, events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).size());
        trialBalanceIsZero();
    }

    @Test
    void aPendingRefundIsCheckedUntilItSucceedsAndPaysOnce() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId() + "_pending";
        SettlementAgreed settlement = settlementToTheCard(caseId, "b-pending", paymentIntent);
        events.send(TestEvents.record(settlement));
        events.send(TestEvents.record(settlement));

        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        RefundApi.agent().refund(issued.refundId()).statusCode(200)
                .body("providerAttempts.outcome", contains("PENDING", "PENDING", "SUCCEEDED"));
        RefundApi.agent().refundsOf(caseId).statusCode(200).body("", hasSize(1));
        events.awaitConsumed("refund-service", Topics.SETTLEMENT_AGREED);
        assertEquals(1, refundsOn(paymentIntent).size());
    }

    @Test
    void aSettlementCanGoToTheCardWithTheSellersShareInCny() {
        UUID caseId = UUID.randomUUID();
        events.send(TestEvents.record(settlementToTheCard(caseId, "b-pending-card", "pi_" + shortId() + "_pending")));

        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        assertEquals(Money.of(5_000, "USD"), issued.amount());
        RefundApi.agent().refund(issued.refundId()).statusCode(200).body("sellerRecovery.minorUnits", equalTo(36_153));
        RefundApi.supervisor().trialBalance().statusCode(200).body("currency", hasItem("CNY"));
    }

    /** Sends the buyer's card refund with a stand-in behaviour that fails it; answers its RefundFailed. */
    private RefundFailed failed(UUID caseId, String buyerId, String paymentIntent) {
        events.send(TestEvents.record(decision(caseId, buyerId, paymentIntent)));
        return TestEvents.read(events.awaitRecords(Topics.REFUND_FAILED, caseId.toString(), 1).get(0).value(),
                RefundFailed.class);
    }

    private static DecisionMade decision(UUID caseId, String buyerId, String paymentIntent) {
        return aDecision().forCase(caseId).buyer(buyerId).rationale("Cracked on arrival")
                .terms(new PaymentTerms(USD_PER_CNY, paymentIntent, RefundDestination.ORIGINAL_PAYMENT)).build();
    }

    private static SettlementAgreed settlementToTheCard(UUID caseId, String buyerId, String paymentIntent) {
        return aSettlement().forCase(caseId).buyer(buyerId).seller("s-9").partialRefund(Money.of(5_000, "USD"))
                .terms(new PaymentTerms(USD_PER_CNY, paymentIntent, RefundDestination.ORIGINAL_PAYMENT)).build();
    }

    private static void trialBalanceIsZero() {
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> RefundApi.supervisor().trialBalance()
                .statusCode(200).body("totalMinor", everyItem(equalTo(0))));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
