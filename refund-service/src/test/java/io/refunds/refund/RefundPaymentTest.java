package io.refunds.refund;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.EventType;
import io.refunds.events.Money;
import io.refunds.events.RefundIssued;
import io.refunds.events.Remedy;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StripeStandInResource.class, scope = TestResourceScope.GLOBAL)
class RefundPaymentTest {

    private static final Money PAID = Money.of(12_900, "USD");
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aDecisionIsPaidExactlyOnceHoweverOftenItIsDelivered() {
        UUID caseId = UUID.randomUUID();
        DecisionMade decision = decision(caseId, "b-once", DecisionOutcome.FULL_REFUND, PAID, null);
        ProducerRecord<String, String> record = TestEvents.record(decision);
        events.send(record);
        events.send(record);
        events.send(TestEvents.record(decision));

        ConsumerRecord<String, String> issued = events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.REFUND_ISSUED, issued.value()));
        RefundIssued event = TestEvents.read(issued.value(), RefundIssued.class);
        assertEquals(PAID, event.amount());
        assertEquals(decision.decisionId(), event.decisionId());
        assertEquals("WALLET", event.destination());

        events.awaitConsumed("refund-service", Topics.DECISION_MADE);
        refunds("b-once", caseId).body("", hasSize(1)).body("[0].status", equalTo("ISSUED"));
        assertEquals(1, events.recordsNow(Topics.REFUND_ISSUED, caseId.toString()).size());
        wallet("b-once").body("balance.minorUnits", equalTo(12_900)).body("entries", hasSize(1))
                .body("entries[0].amountMinor", equalTo(12_900));
        trialBalanceIsZero();
    }

    @Test
    void aSupersedingDecisionPaysOnlyTheDifferenceAndALowerOneNothing() {
        UUID caseId = UUID.randomUUID();
        DecisionMade partial = decision(caseId, "b-appeal", DecisionOutcome.PARTIAL_REFUND, Money.of(4_000, "USD"), null);
        DecisionMade full = decision(caseId, "b-appeal", DecisionOutcome.FULL_REFUND, PAID, partial.decisionId());
        DecisionMade lower = decision(caseId, "b-appeal", DecisionOutcome.PARTIAL_REFUND, Money.of(3_000, "USD"),
                full.decisionId());
        events.send(TestEvents.record(partial));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);
        events.send(TestEvents.record(full));
        events.send(TestEvents.record(lower));

        List<ConsumerRecord<String, String>> issued = events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 2);
        assertEquals(8_900, TestEvents.read(issued.get(1).value(), RefundIssued.class).amount().minorUnits());
        events.awaitConsumed("refund-service", Topics.DECISION_MADE);
        refunds("b-appeal", caseId).body("amount.minorUnits", contains(4_000, 8_900, 0))
                .body("status", contains("ISSUED", "ISSUED", "NOTHING_DUE"))
                .body("[2].decisionId", equalTo(lower.decisionId().toString()))
                .body("[2].note", equalTo("129.00 USD already refunded for the item"));
        wallet("b-appeal").body("balance.minorUnits", equalTo(12_900))
                .body("entries.amountMinor", contains(4_000, 8_900));
        trialBalanceIsZero();
    }

    @Test
    void aMonetarySettlementIsPaidOnceAndAReplacementNotAtAll() {
        UUID caseId = UUID.randomUUID();
        SettlementAgreed settlement = new SettlementAgreed(UUID.randomUUID(), caseId, UUID.randomUUID(), "o-1", "i-1",
                "b-settle", "s-1", Remedy.PARTIAL_REFUND, Money.of(4_000, "USD"), PAID, Instant.now(), null);
        events.send(TestEvents.record(settlement));
        events.send(TestEvents.record(settlement));
        RefundIssued issued = TestEvents.read(
                events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0).value(), RefundIssued.class);
        assertEquals(settlement.settlementId(), issued.settlementId());
        assertEquals(Money.of(4_000, "USD"), issued.amount());

        UUID replaced = UUID.randomUUID();
        events.send(TestEvents.record(new SettlementAgreed(UUID.randomUUID(), replaced, UUID.randomUUID(), "o-2", "i-1",
                "b-settle", "s-1", Remedy.REPLACEMENT, null, PAID, Instant.now(), null)));
        events.awaitConsumed("refund-service", Topics.SETTLEMENT_AGREED);
        refunds("b-settle", caseId).body("", hasSize(1));
        refunds("b-settle", replaced).body("", hasSize(0));
    }

    @Test
    void whatAnItemWasRefundedNeverExceedsWhatTheBuyerPaid() {
        UUID settledCase = UUID.randomUUID();
        String orderId = "o-cap-" + settledCase;
        events.send(TestEvents.record(new SettlementAgreed(UUID.randomUUID(), settledCase, UUID.randomUUID(), orderId,
                "i-1", "b-cap", "s-1", Remedy.PARTIAL_REFUND, Money.of(4_000, "USD"), PAID, Instant.now(), null)));
        events.awaitRecords(Topics.REFUND_ISSUED, settledCase.toString(), 1);

        UUID laterCase = UUID.randomUUID();
        DecisionMade tooMuch = new DecisionMade(UUID.randomUUID(), UUID.randomUUID(), laterCase, orderId, "i-1",
                "b-cap", DecisionOutcome.FULL_REFUND, Money.of(20_000, "USD"), PAID, null, "a-1", "Rationale",
                Instant.now(), "s-1", null);
        events.send(TestEvents.record(tooMuch));
        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, laterCase.toString(), 1)
                .get(0).value(), RefundIssued.class);
        assertEquals(Money.of(8_900, "USD"), issued.amount(), "the rest of the 12,900 paid, not 20,000");
        refunds("b-cap", laterCase).body("[0].owed.minorUnits", equalTo(12_900))
                .body("[0].note", equalTo("owed 200.00 USD capped at the 129.00 USD paid; 40.00 USD already refunded"
                        + " for the item"));
        wallet("b-cap").body("balance.minorUnits", equalTo(12_900));
        trialBalanceIsZero();
    }

    @Test
    void decisionsThatMoveNoMoneyCreateNoRefundAndBuyersSeeOnlyTheirOwn() {
        UUID caseId = UUID.randomUUID();
        events.send(TestEvents.record(decision(caseId, "b-rejected", DecisionOutcome.REJECTED, null, null)));
        events.awaitConsumed("refund-service", Topics.DECISION_MADE);
        refunds("b-rejected", caseId).body("", hasSize(0));

        UUID paidCase = UUID.randomUUID();
        events.send(TestEvents.record(decision(paidCase, "b-private", DecisionOutcome.FULL_REFUND, PAID, null)));
        events.awaitRecords(Topics.REFUND_ISSUED, paidCase.toString(), 1);
        String refundId = refunds("b-private", paidCase).extract().path("[0].refundId");
        given().header("Authorization", Tokens.bearer("buyer", "b-nosy")).get("/api/refunds/" + refundId)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("agent", "a-1")).get("/api/refunds/" + refundId)
                .then().statusCode(200);
        given().header("Authorization", Tokens.bearer("buyer", "b-nosy")).queryParam("currency", "USD")
                .get("/api/wallets/b-private").then().statusCode(404);
        given().header("Authorization", Tokens.bearer("buyer", "b-private")).queryParam("currency", "usd")
                .get("/api/wallets/b-private").then().statusCode(400).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse refunds(String buyerId, UUID caseId) {
        return given().header("Authorization", Tokens.bearer("buyer", buyerId)).queryParam("caseId", caseId)
                .get("/api/refunds").then().statusCode(200);
    }

    private static void trialBalanceIsZero() {
        given().header("Authorization", Tokens.bearer("supervisor", "sup-1")).get("/api/refunds/ledger/trial-balance")
                .then().statusCode(200).body("totalMinor", everyItem(equalTo(0)));
        given().header("Authorization", Tokens.bearer("buyer", "b-1")).get("/api/refunds/ledger/trial-balance")
                .then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse wallet(String buyerId) {
        return given().header("Authorization", Tokens.bearer("buyer", buyerId)).queryParam("currency", "USD")
                .get("/api/wallets/" + buyerId).then().statusCode(200);
    }

    private static DecisionMade decision(UUID caseId, String buyerId, DecisionOutcome outcome, Money refund,
            UUID supersedes) {
        return new DecisionMade(UUID.randomUUID(), UUID.randomUUID(), caseId, "o-" + caseId, "i-1", buyerId, outcome,
                refund, PAID, supersedes, "a-1", "Rationale", Instant.now(), "s-1", null);
    }
}
