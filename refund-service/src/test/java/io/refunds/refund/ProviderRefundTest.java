package io.refunds.refund;

import static io.restassured.RestAssured.given;
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
import io.refunds.events.DecisionOutcome;
import io.refunds.events.EventType;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundDestination;
import io.refunds.events.RefundFailed;
import io.refunds.events.RefundIssued;
import io.refunds.events.Remedy;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds to the original payment method through the Stripe adapter, against the stand-in HTTP server: success,
 * pending, timeouts and 5xx retried with one idempotency key, declines, RefundFailed, manual retry, the wallet
 * fallback, and the seller leg in CNY.
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
    void aRefundToTheCardIsPaidOnceThroughStripeAndTheSellerOwesItInCny() {
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
        assertEquals(1, standInRefunds(paymentIntent).size());

        events.awaitConsumed("refund-service", Topics.DECISION_MADE);
        assertEquals(1, events.recordsNow(Topics.REFUND_ISSUED, caseId.toString()).size());
        // 129.00 USD / 0.1383 USD per CNY = 932.7548... CNY, half-even to the fen.
        refund(issued.refundId()).body("status", equalTo("ISSUED")).body("provider", equalTo("stripe"))
                .body("providerRefundId", equalTo(standInRefunds(paymentIntent).get(0)))
                .body("sellerRecovery.minorUnits", equalTo(93_275)).body("sellerRecovery.currency", equalTo("CNY"))
                .body("providerAttempts.outcome", contains("SUCCEEDED"));
        given().header("Authorization", Tokens.bearer("buyer", "b-card")).queryParam("currency", "USD")
                .get("/api/wallets/b-card").then().statusCode(200).body("balance.minorUnits", equalTo(0));
        trialBalanceIsZero();
    }

    @Test
    void timeoutsAreRetriedWithTheSameIdempotencyKeyAndPayOnce() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId() + "_timeout2";
        events.send(TestEvents.record(decision(caseId, "b-slow", paymentIntent)));

        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        assertEquals(1, standInRefunds(paymentIntent).size(), "three requests, one refund at Stripe");
        assertEquals(3, standInRequests(paymentIntent));
        refund(issued.refundId()).body("providerAttempts.outcome", contains("UNKNOWN", "UNKNOWN", "SUCCEEDED"))
                .body("providerAttempts.idempotencyKey", everyItem(equalTo("refund-" + issued.refundId() + "-1")));
    }

    @Test
    void fiveHundredsExhaustTheAttemptsThenAnAgentRetriesWithTheSameKey() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId() + "_error3";
        events.send(TestEvents.record(decision(caseId, "b-5xx", paymentIntent)));

        ConsumerRecord<String, String> record = events.awaitRecords(Topics.REFUND_FAILED, caseId.toString(), 1).get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.REFUND_FAILED, record.value()));
        RefundFailed failed = TestEvents.read(record.value(), RefundFailed.class);
        assertEquals(3, failed.attempts());
        refund(failed.refundId()).body("status", equalTo("FAILED")).body("attempts", equalTo(3));
        given().header("Authorization", Tokens.bearer("buyer", "b-5xx")).post("/api/refunds/" + failed.refundId()
                + "/retry").then().statusCode(403).contentType("application/problem+json");

        given().header("Authorization", Tokens.bearer("agent", "a-1")).post("/api/refunds/" + failed.refundId()
                + "/retry").then().statusCode(200).body("status", equalTo("PENDING")).body("round", equalTo(2));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);
        assertEquals(1, standInRefunds(paymentIntent).size());
        refund(failed.refundId()).body("status", equalTo("ISSUED"))
                .body("providerAttempts.outcome", contains("UNKNOWN", "UNKNOWN", "UNKNOWN", "SUCCEEDED"))
                .body("providerAttempts.idempotencyKey", everyItem(equalTo("refund-" + failed.refundId() + "-1")));
        given().header("Authorization", Tokens.bearer("agent", "a-1")).post("/api/refunds/" + failed.refundId()
                + "/retry").then().statusCode(409).body("rule", equalTo("REFUND_NOT_FAILED"));
        trialBalanceIsZero();
    }

    @Test
    void aDeclineFailsAtOnceAndTheBuyerTakesTheWallet() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId() + "_decline";
        events.send(TestEvents.record(decision(caseId, "b-declined", paymentIntent)));

        RefundFailed failed = TestEvents.read(events.awaitRecords(Topics.REFUND_FAILED, caseId.toString(), 1).get(0)
                .value(), RefundFailed.class);
        assertEquals(1, failed.attempts(), "a decline is final: no retry would change it");
        given().header("Authorization", Tokens.bearer("buyer", "b-other")).post("/api/refunds/" + failed.refundId()
                + "/wallet-fallback").then().statusCode(404).contentType("application/problem+json");

        given().header("Authorization", Tokens.bearer("buyer", "b-declined")).post("/api/refunds/"
                + failed.refundId() + "/wallet-fallback").then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("destination", equalTo("WALLET"))
                .body("fallbackChosenBy", equalTo("b-declined"));
        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        assertEquals("WALLET", issued.destination());
        assertEquals(0, standInRefunds(paymentIntent).size());
        given().header("Authorization", Tokens.bearer("buyer", "b-declined")).queryParam("currency", "USD")
                .get("/api/wallets/b-declined").then().statusCode(200).body("balance.minorUnits", equalTo(12_900));
        given().header("Authorization", Tokens.bearer("buyer", "b-declined")).post("/api/refunds/"
                + failed.refundId() + "/wallet-fallback").then().statusCode(409).body("rule", equalTo("REFUND_NOT_FAILED"));
        trialBalanceIsZero();
    }

    @Test
    void aFallbackAfterTimeoutsFindsTheRefundStripeMadeAndPaysNothingTwice() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId() + "_timeout9";
        events.send(TestEvents.record(decision(caseId, "b-unknown", paymentIntent)));
        RefundFailed failed = TestEvents.read(events.awaitRecords(Topics.REFUND_FAILED, caseId.toString(), 1).get(0)
                .value(), RefundFailed.class);
        assertEquals(1, standInRefunds(paymentIntent).size(), "Stripe refunded although no answer arrived");

        given().header("Authorization", Tokens.bearer("buyer", "b-unknown")).post("/api/refunds/"
                + failed.refundId() + "/wallet-fallback").then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("destination", equalTo("ORIGINAL_PAYMENT"))
                .body("fallbackChosenBy", nullValue());
        given().header("Authorization", Tokens.bearer("buyer", "b-unknown")).queryParam("currency", "USD")
                .get("/api/wallets/b-unknown").then().statusCode(200).body("balance.minorUnits", equalTo(0));
        assertEquals(1, events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).size());
        trialBalanceIsZero();
    }

    @Test
    void aPendingRefundIsCheckedUntilItSucceedsAndASettlementCanGoToTheCard() {
        UUID caseId = UUID.randomUUID();
        String paymentIntent = "pi_" + shortId() + "_pending";
        SettlementAgreed settlement = new SettlementAgreed(UUID.randomUUID(), caseId, UUID.randomUUID(), "o-" + caseId,
                "i-1", "b-pending", "s-9", Remedy.PARTIAL_REFUND, Money.of(5_000, "USD"), PAID, Instant.now(),
                new PaymentTerms(USD_PER_CNY, paymentIntent, RefundDestination.ORIGINAL_PAYMENT));
        events.send(TestEvents.record(settlement));
        events.send(TestEvents.record(settlement));

        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        assertEquals(Money.of(5_000, "USD"), issued.amount());
        refund(issued.refundId()).body("providerAttempts.outcome", contains("PENDING", "PENDING", "SUCCEEDED"))
                .body("sellerRecovery.minorUnits", equalTo(36_153));
        given().header("Authorization", Tokens.bearer("agent", "a-1")).queryParam("caseId", caseId)
                .get("/api/refunds").then().statusCode(200).body("", hasSize(1));
        events.awaitConsumed("refund-service", Topics.SETTLEMENT_AGREED);
        assertEquals(1, standInRefunds(paymentIntent).size());
        given().header("Authorization", Tokens.bearer("supervisor", "sup-1"))
                .get("/api/refunds/ledger/trial-balance").then().statusCode(200).body("currency", hasItem("CNY"));
    }

    private static DecisionMade decision(UUID caseId, String buyerId, String paymentIntent) {
        return new DecisionMade(UUID.randomUUID(), UUID.randomUUID(), caseId, "o-" + caseId, "i-1", buyerId,
                DecisionOutcome.FULL_REFUND, PAID, PAID, null, "a-1", "Cracked on arrival", Instant.now(), "s-1",
                new PaymentTerms(USD_PER_CNY, paymentIntent, RefundDestination.ORIGINAL_PAYMENT));
    }

    private static ValidatableResponse refund(UUID refundId) {
        return given().header("Authorization", Tokens.bearer("agent", "a-1")).get("/api/refunds/" + refundId)
                .then().statusCode(200);
    }

    private static List<String> standInRefunds(String paymentIntent) {
        return given().baseUri(StripeStandInResource.url()).queryParam("payment_intent", paymentIntent)
                .get("/_standin/refunds").then().statusCode(200).extract().jsonPath().getList("data.id");
    }

    private static int standInRequests(String paymentIntent) {
        return given().baseUri(StripeStandInResource.url()).queryParam("payment_intent", paymentIntent)
                .get("/_standin/requests").then().statusCode(200).extract().path("count");
    }

    private static void trialBalanceIsZero() {
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> given()
                .header("Authorization", Tokens.bearer("supervisor", "sup-1"))
                .get("/api/refunds/ledger/trial-balance").then().statusCode(200)
                .body("totalMinor", everyItem(equalTo(0))));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
