package io.refunds.refund;

import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;
import static io.refunds.refund.fixtures.LedgerBalances.balances;
import static io.refunds.refund.fixtures.LedgerBalances.change;
import static io.refunds.refund.fixtures.LedgerBalances.trialBalanceIsZero;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.Money;
import io.refunds.events.ParcelFound;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundDestination;
import io.refunds.events.RefundLine;
import io.refunds.events.Topics;
import io.refunds.refund.fixtures.RefundApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A parcel paid as lost and found since, on the real broker and database: the buyer owes back what the case was
 * paid, shown in the wallet beside a balance that is never taken silently, booked to the buyer's clawback account
 * while the insurer no longer owes its share; the event delivered twice records one clawback; a case never paid owes
 * nothing; the ledger stays balanced.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StripeStandInResource.class, scope = TestResourceScope.GLOBAL)
class ClawbackTest {

    private static final PaymentTerms TERMS = new PaymentTerms(new BigDecimal("0.1250"), null,
            RefundDestination.WALLET, Money.of(16_000, "CNY"));
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aLostParcelPaidAndFoundIsOwedBackBesideTheWalletOnce() {
        UUID caseId = UUID.randomUUID();
        String buyer = "b-claw-" + caseId;
        Map<String, Long> before = balances();
        events.send(TestEvents.record(aDecision().forCase(caseId).buyer(buyer).paid(eur(2_300)).terms(TERMS)
                .outcome(DecisionOutcome.FULL_REFUND, null).lines(new RefundBreakdown(List.of(
                        line("ITEM", 2_000, 2_000, "CARRIER"),
                        line("INTERNATIONAL_SHIPPING", 300, 300, "CARRIER")), List.of(), eur(2_300))).build()));
        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);
        assertEquals(2_300, change(before, balances(), "insurer-receivable:parcel-insurance EUR"));

        ProducerRecord<String, String> found = TestEvents.record(new ParcelFound(UUID.randomUUID(), caseId, "PCL-1",
                "o-" + caseId, "i-1", buyer, "Leipzig", Instant.now()));
        events.send(found);
        events.send(found);
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> RefundApi.buyer(buyer).wallet(buyer, "EUR")
                .statusCode(200).body("owedBack.minorUnits", equalTo(2_300)));
        events.send(TestEvents.record(new ParcelFound(UUID.randomUUID(), caseId, "PCL-1", "o-" + caseId, "i-1",
                buyer, "Out for delivery", Instant.now())));
        events.awaitConsumed("refund-service", Topics.PARCEL_FOUND);

        RefundApi.buyer(buyer).wallet(buyer, "EUR").statusCode(200)
                .body("balance.minorUnits", equalTo(2_300))
                .body("owedBack.minorUnits", equalTo(2_300))
                .body("clawbacks.size()", equalTo(1))
                .body("clawbacks[0].caseId", equalTo(caseId.toString()))
                .body("clawbacks[0].parcelId", equalTo("PCL-1"))
                .body("clawbacks[0].status", equalTo("OWED"));
        Map<String, Long> after = balances();
        assertEquals(0, change(before, after, "insurer-receivable:parcel-insurance EUR"));
        assertEquals(2_300, change(before, after, "buyer-clawback:" + buyer + " EUR"));
        trialBalanceIsZero();
    }

    @Test
    void aParcelFoundBeforeAnyRefundOwesNothing() {
        UUID caseId = UUID.randomUUID();
        String buyer = "b-claw-none-" + caseId;
        events.send(TestEvents.record(new ParcelFound(UUID.randomUUID(), caseId, "PCL-2", "o-" + caseId, "i-1",
                buyer, null, Instant.now())));
        events.awaitConsumed("refund-service", Topics.PARCEL_FOUND);

        RefundApi.buyer(buyer).wallet(buyer, "EUR").statusCode(200).body("owedBack.minorUnits", equalTo(0))
                .body("clawbacks.size()", equalTo(0));
        RefundApi.buyer("b-someone-else").wallet(buyer, "EUR").statusCode(404);
    }

    private static RefundLine line(String kind, long paid, long refund, String bearer) {
        return new RefundLine(kind, eur(paid), null, eur(refund), bearer);
    }

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }
}
