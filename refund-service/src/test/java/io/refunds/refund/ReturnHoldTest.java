package io.refunds.refund;

import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;
import static io.refunds.refund.fixtures.SettlementAgreedBuilder.aSettlement;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.Inspection;
import io.refunds.events.Money;
import io.refunds.events.RefundIssued;
import io.refunds.events.RefundRelease;
import io.refunds.events.ReturnExpired;
import io.refunds.events.ReturnOpened;
import io.refunds.events.ReturnReceived;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.refund.fixtures.RefundApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The refund of a return outcome waits for its return, on the real broker and database: paid once when the return
 * releases it (whichever of the two arrives first), never when the return expired or came back other than claimed.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StripeStandInResource.class, scope = TestResourceScope.GLOBAL)
class ReturnHoldTest {

    private static final Money FULL = Money.of(12_900, "USD");
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aReturnAndRefundDecisionIsPaidOnceWhenTheReturnArrivesAsClaimed() {
        UUID caseId = UUID.randomUUID();
        DecisionMade decision = aDecision().forCase(caseId).buyer("b-hold")
                .outcome(DecisionOutcome.RETURN_AND_REFUND, FULL).build();
        events.send(TestEvents.record(decision));
        events.awaitConsumed("refund-service", Topics.DECISION_MADE);
        assertEquals(0, events.recordsNow(Topics.REFUND_ISSUED, caseId.toString()).size(), "held, not paid");
        RefundApi.buyer("b-hold").refundsOf(caseId).statusCode(200).body("", hasSize(0));

        ReturnReceived received = received(caseId, "decision:" + decision.decisionId(), RefundRelease.PAY);
        events.send(TestEvents.record(received));
        events.send(TestEvents.record(received, UUID.randomUUID()));

        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        assertEquals(FULL, issued.amount());
        assertEquals(decision.decisionId(), issued.decisionId());
        events.awaitConsumed("refund-service", Topics.RETURN_RECEIVED);
        assertEquals(1, events.recordsNow(Topics.REFUND_ISSUED, caseId.toString()).size());
        RefundApi.supervisor().trialBalance().statusCode(200).body("totalMinor", everyItem(equalTo(0)));
    }

    @Test
    void aReleaseThatArrivesBeforeItsSettlementPaysTheSettlementWhenItComes() {
        UUID caseId = UUID.randomUUID();
        SettlementAgreed settlement = aSettlement().forCase(caseId).buyer("b-hold-first").returnAndRefund(FULL)
                .build();
        events.send(TestEvents.record(new ReturnOpened(UUID.randomUUID(), caseId,
                "settlement:" + settlement.settlementId(), settlement.orderId(), settlement.itemId(), "b-hold-first",
                settlement.sellerId(), false, null, null, null, null, false, RefundRelease.PAY,
                "the buyer keeps it", Instant.now())));
        events.awaitConsumed("refund-service", Topics.RETURN_OPENED);
        events.send(TestEvents.record(settlement));

        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        assertEquals(settlement.settlementId(), issued.settlementId());
    }

    @Test
    void anExpiredReturnOrAnArrivalOtherThanClaimedPaysNothing() {
        UUID expiredCase = UUID.randomUUID();
        DecisionMade expiring = aDecision().forCase(expiredCase).buyer("b-hold-none")
                .outcome(DecisionOutcome.RETURN_AND_REFUND, FULL).build();
        events.send(TestEvents.record(expiring));
        events.send(TestEvents.record(new ReturnExpired(UUID.randomUUID(), expiredCase,
                "decision:" + expiring.decisionId(), Instant.now(), Instant.now(), RefundRelease.CLOSE_UNPAID)));
        UUID damagedCase = UUID.randomUUID();
        DecisionMade damaged = aDecision().forCase(damagedCase).buyer("b-hold-none")
                .outcome(DecisionOutcome.RETURN_AND_REFUND, FULL).build();
        events.send(TestEvents.record(damaged));
        events.send(TestEvents.record(received(damagedCase, "decision:" + damaged.decisionId(),
                RefundRelease.BACK_TO_QUEUE)));
        events.send(TestEvents.record(received(damagedCase, "decision:" + damaged.decisionId(), RefundRelease.PAY)));

        events.awaitConsumed("refund-service", Topics.DECISION_MADE, Topics.RETURN_EXPIRED, Topics.RETURN_RECEIVED);
        assertEquals(List.of(), events.recordsNow(Topics.REFUND_ISSUED, expiredCase.toString()));
        assertEquals(List.of(), events.recordsNow(Topics.REFUND_ISSUED, damagedCase.toString()));

        events.send(TestEvents.record(aDecision().forCase(damagedCase).buyer("b-hold-none").superseding(damaged)
                .partialRefund(Money.of(3_000, "USD")).build()));
        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, damagedCase.toString(), 1)
                .get(0).value(), RefundIssued.class);
        assertEquals(Money.of(3_000, "USD"), issued.amount());
    }

    @Test
    void aHeldDecisionSupersededOnAppealNeverPaysWhenItsReturnArrives() {
        UUID caseId = UUID.randomUUID();
        DecisionMade held = aDecision().forCase(caseId).buyer("b-hold-appeal")
                .outcome(DecisionOutcome.RETURN_AND_REFUND, FULL).build();
        events.send(TestEvents.record(held));
        DecisionMade appeal = aDecision().forCase(caseId).buyer("b-hold-appeal").superseding(held)
                .partialRefund(Money.of(5_000, "USD")).build();
        events.send(TestEvents.record(appeal));
        RefundIssued issued = TestEvents.read(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0)
                .value(), RefundIssued.class);
        assertEquals(Money.of(5_000, "USD"), issued.amount());

        ReturnReceived received = received(caseId, "decision:" + held.decisionId(), RefundRelease.PAY);
        events.send(TestEvents.record(received));
        events.send(TestEvents.record(received, UUID.randomUUID()));
        events.awaitConsumed("refund-service", Topics.RETURN_RECEIVED);

        assertEquals(1, events.recordsNow(Topics.REFUND_ISSUED, caseId.toString()).size(), "only the appeal pays");
        RefundApi.buyer("b-hold-appeal").refundsOf(caseId).statusCode(200).body("", hasSize(1));
        RefundApi.supervisor().trialBalance().statusCode(200).body("totalMinor", everyItem(equalTo(0)));
    }

    private static ReturnReceived received(UUID caseId, String cause, RefundRelease release) {
        Inspection inspection = release == RefundRelease.BACK_TO_QUEUE ? Inspection.DAMAGED : Inspection.AS_EXPECTED;
        return new ReturnReceived(UUID.randomUUID(), caseId, cause, inspection,
                inspection == Inspection.DAMAGED ? List.of("e-1") : List.of(), null, Instant.now(), "a-wh", release);
    }
}
