package io.refunds.dispute;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DecisionBody;
import io.refunds.dispute.support.DisputeApi;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.dispute.support.QueueFilter;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.EventType;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundLine;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The assigned agent decides once; DecisionMade carries the refund; invalid decisions change nothing. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DecisionFlowTest {

    private static final DisputeApi AGENT = DisputeFlows.AGENT;
    private static final DecisionBody CRACKED = DecisionBody.fullRefund("The photos show a cracked case");

    private final EventLog events = new EventLog();
    private final DisputeFlows flows = new DisputeFlows(events);

    @ConfigProperty(name = "dispute.appeal-window")
    Duration appealWindow;

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theDecisionAnswersWithTheRefundOwed() {
        String disputeId = claimed(CaseEvents.newCase("b-decide", "s-decide"));
        AGENT.decide(disputeId, CRACKED, "k-1").then().statusCode(201).body("refundAmount.minorUnits", equalTo(12_900));
    }

    @Test
    void theSameIdempotencyKeyAndBodyReplayTheDecisionThatWasAnnounced() {
        CaseEvents kase = CaseEvents.newCase("b-decide", "s-decide");
        String disputeId = claimed(kase);
        String first = AGENT.decide(disputeId, CRACKED, "k-1").then().statusCode(201).extract().path("decisionId");
        String replayed = AGENT.decide(disputeId, CRACKED, "k-1").then().statusCode(201).extract().path("decisionId");

        assertEquals(first, replayed);
        DecisionMade made = decisionMade(kase);
        assertEquals(UUID.fromString(replayed), made.decisionId());
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        String disputeId = claimed(CaseEvents.newCase("b-decide", "s-decide"));
        AGENT.decide(disputeId, CRACKED, "k-1").then().statusCode(201);
        AGENT.decide(disputeId, DecisionBody.rejected("Changed my mind"), "k-1")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aDecidedDisputeIsNotDecidedAgain() {
        String disputeId = claimed(CaseEvents.newCase("b-decide", "s-decide"));
        AGENT.decide(disputeId, CRACKED, "k-1").then().statusCode(201);
        AGENT.decide(disputeId, DecisionBody.rejected("Second thoughts"), "k-2")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void decisionMadeCarriesTheRefundTheSellerAndTheAppealWindow() {
        CaseEvents kase = CaseEvents.newCase("b-decide", "s-decide");
        String disputeId = claimed(kase);
        AGENT.decide(disputeId, CRACKED, "k-1").then().statusCode(201);

        ConsumerRecord<String, String> made = events.awaitRecords(Topics.DECISION_MADE, key(kase), 1).get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.DECISION_MADE, made.value()));
        DecisionMade event = TestEvents.read(made.value(), DecisionMade.class);
        assertEquals(DecisionOutcome.FULL_REFUND, event.outcome());
        assertEquals(CaseEvents.PAID, event.refundAmount());
        assertEquals("a-1", event.decidedBy());
        assertEquals("s-decide", event.sellerId());
        assertEquals(event.decidedAt().plus(appealWindow), event.appealableUntil(),
                "a first decision may be appealed within the configured window");
        assertEquals(PaymentTerms.UNKNOWN, event.paymentTerms(),
                "no claim reached the case file: the refund goes to the wallet");
    }

    @Test
    void theBuyerSeesTheDecidedDisputeWithItsDecision() {
        CaseEvents kase = CaseEvents.newCase("b-decide", "s-decide");
        String disputeId = claimed(kase);
        AGENT.decide(disputeId, CRACKED, "k-1").then().statusCode(201);

        DisputeApi.buyer("b-decide").find(disputeId).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("decisions", hasSize(1));
    }

    @Test
    void anotherBuyerDoesNotSeeTheDispute() {
        String disputeId = claimed(CaseEvents.newCase("b-decide", "s-decide"));
        DisputeApi.buyer("b-other").find(disputeId).then().statusCode(404).contentType("application/problem+json");
    }

    static Stream<Arguments> invalidDecisions() {
        return Stream.of(
                Arguments.of(DecisionBody.outcome("PARTIAL_REFUND", "Half"), "amount"),
                Arguments.of(DecisionBody.partialRefund(12_901, "USD", "Too much"), "amount.minorUnits"),
                Arguments.of(DecisionBody.partialRefund(100, "EUR", "Wrong money"), "amount.currency"),
                Arguments.of(DecisionBody.partialRefund(-5, "USD", "Negative"), "amount.minorUnits"),
                Arguments.of(DecisionBody.rejected(" "), "rationale"),
                Arguments.of(DecisionBody.outcome("MAYBE", "?"), "outcome"));
    }

    @ParameterizedTest
    @MethodSource("invalidDecisions")
    void anInvalidDecisionIsRefusedNamingTheField(DecisionBody decision, String field) {
        String disputeId = claimed(CaseEvents.newCase("b-invalid", "s-invalid"));
        AGENT.decide(disputeId, decision).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void aBuyerCannotDecide() {
        String disputeId = claimed(CaseEvents.newCase("b-invalid", "s-invalid"));
        DisputeApi.buyer("b-invalid").decide(disputeId, DecisionBody.fullRefund("I decide myself"))
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void refusedDecisionsChangeNothingAndAValidOneIsMadeOnce() {
        CaseEvents kase = CaseEvents.newCase("b-invalid", "s-invalid");
        String disputeId = claimed(kase);
        invalidDecisions().forEach(invalid -> AGENT.decide(disputeId, (DecisionBody) invalid.get()[0])
                .then().statusCode(400));

        AGENT.queue(QueueFilter.ofCase(kase.caseId())).then().statusCode(200).body("[0].status", equalTo("OPEN"));
        AGENT.decide(disputeId, DecisionBody.partialRefund(4_000, "USD", "Scratches only"))
                .then().statusCode(201).body("refundAmount.minorUnits", equalTo(4_000));
        assertEquals(1, events.awaitRecords(Topics.DECISION_MADE, key(kase), 1).size());
    }

    @Test
    void aDecisionOnAClaimQuotedWithCostLinesIsMadeOfThemAndDecisionMadeNamesThem() {
        CaseEvents kase = CaseEvents.newCase("b-lines", "s-lines");
        events.send(TestEvents.record(kase.issueReported().quote(new RefundBreakdown(List.of(
                new RefundLine("ITEM", usd(11_000), Money.of(79_500, "CNY"), usd(11_000), "SELLER"),
                new RefundLine("SERVICE_FEE", usd(1_000), null, usd(1_000), "AGENT"),
                new RefundLine("QC_FEE", usd(900), null, usd(0), null)), List.of(), usd(12_000))).build()));
        String disputeId = claimed(kase);
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> AGENT.find(disputeId).then().statusCode(200)
                .body("caseFile.claim.quote.total.minorUnits", equalTo(12_000)));

        AGENT.decide(disputeId, DecisionBody.partialRefund(3_900, "USD", "The QC missed the stain")
                .line("ITEM", 3_000, "USD").line("QC_FEE", 900, "USD")).then().statusCode(201)
                .body("refundAmount.minorUnits", equalTo(3_900))
                .body("breakdown.lines.refund.minorUnits", contains(3_000, 0, 900));

        DecisionMade made = decisionMade(kase);
        assertEquals(usd(3_900), made.refundAmount());
        assertEquals(List.of("SELLER", "AGENT", "AGENT"), made.breakdown().lines().stream()
                .map(RefundLine::bearer).toList());
    }

    @Test
    void aFullRefundOfAQuotedClaimIsTheLinesThePolicyRefundsAndANamedLineBeyondItsCostIsRefused() {
        CaseEvents kase = CaseEvents.newCase("b-lines-full", "s-lines");
        events.send(TestEvents.record(kase.issueReported().quote(new RefundBreakdown(List.of(
                new RefundLine("ITEM", usd(12_000), null, usd(12_000), "SELLER"),
                new RefundLine("QC_FEE", usd(900), null, usd(0), null)), List.of(), usd(12_000))).build()));
        String disputeId = claimed(kase);
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> AGENT.find(disputeId).then().statusCode(200)
                .body("caseFile.claim.quote.total.minorUnits", equalTo(12_000)));

        AGENT.decide(disputeId, DecisionBody.partialRefund(901, "USD", "Too much").line("QC_FEE", 901, "USD"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("lines[0].amount.minorUnits"));
        AGENT.decide(disputeId, CRACKED).then().statusCode(201).body("refundAmount.minorUnits", equalTo(12_000));
    }

    private static Money usd(long minor) {
        return Money.of(minor, "USD");
    }

    private String claimed(CaseEvents kase) {
        String disputeId = flows.openedBySilence(kase);
        AGENT.claim(disputeId).then().statusCode(200);
        return disputeId;
    }

    private DecisionMade decisionMade(CaseEvents kase) {
        return TestEvents.read(events.awaitRecords(Topics.DECISION_MADE, key(kase), 1).get(0).value(),
                DecisionMade.class);
    }

    private static String key(CaseEvents kase) {
        return kase.caseId().toString();
    }
}
