package io.refunds.refund;

import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;
import static io.refunds.refund.fixtures.LedgerBalances.trialBalanceIsZero;
import static io.refunds.refund.fixtures.SettlementAgreedBuilder.aSettlement;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionMade;
import io.refunds.events.EventType;
import io.refunds.events.Money;
import io.refunds.events.RefundIssued;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.refund.fixtures.RefundApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Decisions and settlements paid to the wallet: once, only the difference, never beyond what was paid. */
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
        DecisionMade decision = aDecision().forCase(caseId).buyer("b-once").build();
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
        RefundApi.buyer("b-once").refundsOf(caseId).statusCode(200)
                .body("", hasSize(1)).body("[0].status", equalTo("ISSUED"));
        assertEquals(1, events.recordsNow(Topics.REFUND_ISSUED, caseId.toString()).size());
        RefundApi.buyer("b-once").wallet("b-once", "USD").statusCode(200)
                .body("balance.minorUnits", equalTo(12_900)).body("entries", hasSize(1))
                .body("entries[0].amountMinor", equalTo(12_900));
        trialBalanceIsZero();
    }

    @Test
    void aSupersedingDecisionPaysOnlyTheDifference() {
        UUID caseId = UUID.randomUUID();
        DecisionMade partial = aDecision().forCase(caseId).buyer("b-appeal").partialRefund(Money.of(4_000, "USD"))
                .build();
        events.send(TestEvents.record(partial));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);
        events.send(TestEvents.record(aDecision().forCase(caseId).buyer("b-appeal").superseding(partial).build()));

        List<ConsumerRecord<String, String>> issued = events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 2);
        assertEquals(8_900, TestEvents.read(issued.get(1).value(), RefundIssued.class).amount().minorUnits());
        events.awaitConsumed("refund-service", Topics.DECISION_MADE);
        RefundApi.buyer("b-appeal").refundsOf(caseId).statusCode(200).body("amount.minorUnits", contains(4_000, 8_900))
                .body("status", contains("ISSUED", "ISSUED"));
        RefundApi.buyer("b-appeal").wallet("b-appeal", "USD").statusCode(200).body("balance.minorUnits", equalTo(12_900))
                .body("entries.amountMinor", contains(4_000, 8_900));
        trialBalanceIsZero();
    }

    @Test
    void aLowerSupersedingDecisionIsRecordedAsNothingDueAndPaysNothing() {
        UUID caseId = UUID.randomUUID();
        DecisionMade partial = aDecision().forCase(caseId).buyer("b-lower").partialRefund(Money.of(4_000, "USD"))
                .build();
        DecisionMade full = aDecision().forCase(caseId).buyer("b-lower").superseding(partial).build();
        DecisionMade lower = aDecision().forCase(caseId).buyer("b-lower").partialRefund(Money.of(3_000, "USD"))
                .superseding(full).build();
        events.send(TestEvents.record(partial));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);
        events.send(TestEvents.record(full));
        events.send(TestEvents.record(lower));

        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 2);
        events.awaitConsumed("refund-service", Topics.DECISION_MADE);
        RefundApi.buyer("b-lower").refundsOf(caseId).statusCode(200).body("amount.minorUnits", contains(4_000, 8_900, 0))
                .body("status", contains("ISSUED", "ISSUED", "NOTHING_DUE"))
                .body("[2].decisionId", equalTo(lower.decisionId().toString()))
                .body("[2].note", equalTo("129.00 USD already refunded for the item"));
        RefundApi.buyer("b-lower").wallet("b-lower", "USD").statusCode(200).body("balance.minorUnits", equalTo(12_900))
                .body("entries.amountMinor", contains(4_000, 8_900));
        trialBalanceIsZero();
    }

    @Test
    void aMonetarySettlementIsPaidOnce() {
        UUID caseId = UUID.randomUUID();
        SettlementAgreed settlement = aSettlement().forCase(caseId).order("o-1").buyer("b-settle")
                .partialRefund(Money.of(4_000, "USD")).build();
        events.send(TestEvents.record(settlement));
        events.send(TestEvents.record(settlement));

        RefundIssued issued = TestEvents.read(
                events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0).value(), RefundIssued.class);
        assertEquals(settlement.settlementId(), issued.settlementId());
        assertEquals(Money.of(4_000, "USD"), issued.amount());
        events.awaitConsumed("refund-service", Topics.SETTLEMENT_AGREED);
        RefundApi.buyer("b-settle").refundsOf(caseId).statusCode(200).body("", hasSize(1));
    }

    @Test
    void aReplacementSettlementCreatesNoRefund() {
        UUID replaced = UUID.randomUUID();
        events.send(TestEvents.record(aSettlement().forCase(replaced).order("o-2").buyer("b-settle").replacement()
                .build()));

        events.awaitConsumed("refund-service", Topics.SETTLEMENT_AGREED);
        RefundApi.buyer("b-settle").refundsOf(replaced).statusCode(200).body("", hasSize(0));
    }

    @Test
    void whatAnItemWasRefundedNeverExceedsWhatTheBuyerPaid() {
        UUID settledCase = UUID.randomUUID();
        String orderId = "o-cap-" + settledCase;
        events.send(TestEvents.record(aSettlement().forCase(settledCase).order(orderId).buyer("b-cap")
                .partialRefund(Money.of(4_000, "USD")).build()));
        events.awaitRecords(Topics.REFUND_ISSUED, settledCase.toString(), 1);

        UUID laterCase = UUID.randomUUID();
        events.send(TestEvents.record(aDecision().forCase(laterCase).order(orderId).buyer("b-cap")
                .fullRefund(Money.of(20_000, "USD")).build()));
        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, laterCase.toString(), 1)
                .get(0).value(), RefundIssued.class);
        assertEquals(Money.of(8_900, "USD"), issued.amount(), "the rest of the 12,900 paid, not 20,000");
        RefundApi.buyer("b-cap").refundsOf(laterCase).statusCode(200).body("[0].owed.minorUnits", equalTo(12_900))
                .body("[0].note", equalTo("owed 200.00 USD capped at the 129.00 USD paid; 40.00 USD already refunded"
                        + " for the item"));
        RefundApi.buyer("b-cap").wallet("b-cap", "USD").statusCode(200).body("balance.minorUnits", equalTo(12_900));
        trialBalanceIsZero();
    }

    @Test
    void aDecisionThatMovesNoMoneyCreatesNoRefund() {
        UUID caseId = UUID.randomUUID();
        events.send(TestEvents.record(aDecision().forCase(caseId).buyer("b-rejected").rejected().build()));

        events.awaitConsumed("refund-service", Topics.DECISION_MADE);
        RefundApi.buyer("b-rejected").refundsOf(caseId).statusCode(200).body("", hasSize(0));
    }

    @Test
    void aBuyerCannotSeeAnotherBuyersRefundButAnAgentCan() {
        UUID paidCase = UUID.randomUUID();
        events.send(TestEvents.record(aDecision().forCase(paidCase).buyer("b-private").build()));
        events.awaitRecords(Topics.REFUND_ISSUED, paidCase.toString(), 1);
        String refundId = RefundApi.buyer("b-private").refundsOf(paidCase).statusCode(200).extract()
                .path("[0].refundId");

        RefundApi.buyer("b-nosy").refund(refundId).statusCode(404).contentType("application/problem+json");
        RefundApi.agent().refund(refundId).statusCode(200);
    }

    @Test
    void aBuyerCannotSeeAnotherBuyersWallet() {
        RefundApi.buyer("b-nosy").wallet("b-private", "USD").statusCode(404);
    }

    @Test
    void aWalletIsReadInAnIsoCurrencyCode() {
        RefundApi.buyer("b-private").wallet("b-private", "usd").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyStaffReadTheTrialBalance() {
        RefundApi.buyer("b-1").trialBalance().statusCode(403);
    }
}
