package io.refunds.dispute;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DecisionBody;
import io.refunds.dispute.support.DisputeApi;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.events.DecisionMade;
import io.refunds.events.EventType;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A party appeals a decision once; a supervisor who did not make it decides the appeal, superseding it. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AppealFlowTest {

    private static final DisputeApi FIRST_SUPERVISOR = DisputeApi.supervisor("sup-1");
    private static final DisputeApi SECOND_SUPERVISOR = DisputeApi.supervisor("sup-2");
    private static final DisputeApi BUYER = DisputeApi.buyer("b-appeal");
    private static final DecisionBody MINOR_SCRATCHES = DecisionBody.partialRefund(3_000, "USD", "Minor scratches");
    private static final DecisionBody NEVER_WORKED = DecisionBody.fullRefund("The video shows it never worked");

    private final EventLog events = new EventLog();
    private final DisputeFlows flows = new DisputeFlows(events);

    @ConfigProperty(name = "dispute.appeal-window")
    Duration appealWindow;

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void onlyTheCasesPartiesAppeal() {
        String disputeId = decided(newCase());
        DisputeApi.buyer("b-stranger").appeal(disputeId).then().statusCode(404);
    }

    @Test
    void aPartyAppealsTheDecisionAndItIsAnnounced() {
        CaseEvents kase = newCase();
        String disputeId = decided(kase);
        BUYER.appeal(disputeId).then().statusCode(201).body("status", equalTo("APPEALED"));
        events.awaitRecords(Topics.APPEAL_FILED, key(kase), 1);
    }

    @Test
    void anAppealedDisputeTakesNoSecondAppeal() {
        String disputeId = appealed(newCase());
        DisputeApi.seller("s-appeal").appeal(disputeId).then().statusCode(409);
    }

    @Test
    void theSupervisorWhoMadeTheFirstDecisionDoesNotDecideTheAppeal() {
        String disputeId = appealed(newCase());
        FIRST_SUPERVISOR.decideAppeal(disputeId, NEVER_WORKED).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anAgentDoesNotDecideAnAppeal() {
        String disputeId = appealed(newCase());
        DisputeApi.agent("a-1").decideAppeal(disputeId, NEVER_WORKED).then().statusCode(403);
    }

    @Test
    void anotherSupervisorDecidesTheAppealSupersedingTheFirstDecision() {
        CaseEvents kase = newCase();
        String disputeId = flows.openedBySilence(kase);
        String first = flows.decided(disputeId, FIRST_SUPERVISOR, MINOR_SCRATCHES);
        flows.appealedByBuyer(disputeId, kase);
        SECOND_SUPERVISOR.decideAppeal(disputeId, NEVER_WORKED).then().statusCode(201)
                .body("supersedesDecisionId", equalTo(first));
    }

    @Test
    void aFinalDisputeTakesNoAppeal() {
        String disputeId = appealDecided(newCase());
        BUYER.appeal(disputeId).then().statusCode(409);
    }

    @Test
    void theFirstDecisionIsAppealableWithinTheConfiguredWindow() {
        CaseEvents kase = newCase();
        appealDecided(kase);
        DecisionMade appealed = TestEvents.read(decisionsMade(kase).get(0).value(), DecisionMade.class);
        assertEquals(appealed.decidedAt().plus(appealWindow), appealed.appealableUntil());
    }

    @Test
    void theAppealsDecisionSupersedesTheFirstPaysInFullAndIsFinal() {
        CaseEvents kase = newCase();
        String disputeId = flows.openedBySilence(kase);
        String first = flows.decided(disputeId, FIRST_SUPERVISOR, MINOR_SCRATCHES);
        flows.appealedByBuyer(disputeId, kase);
        SECOND_SUPERVISOR.decideAppeal(disputeId, NEVER_WORKED).then().statusCode(201);

        ConsumerRecord<String, String> made = decisionsMade(kase).get(1);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.DECISION_MADE, made.value()));
        DecisionMade superseding = TestEvents.read(made.value(), DecisionMade.class);
        assertEquals(UUID.fromString(first), superseding.supersedesDecisionId());
        assertEquals(CaseEvents.PAID, superseding.refundAmount());
        assertNull(superseding.appealableUntil(), "a decision on an appeal is final");
    }

    @Test
    void theDisputeShowsBothDecisionsAndTheAppeal() {
        String disputeId = appealDecided(newCase());
        BUYER.find(disputeId).then().body("status", equalTo("FINAL")).body("decisions", hasSize(2))
                .body("history.appeals[0].party", equalTo("BUYER"));
    }

    private static CaseEvents newCase() {
        return CaseEvents.newCase("b-appeal", "s-appeal");
    }

    /** sup-1 claimed the dispute and refunded 30.00 USD. */
    private String decided(CaseEvents kase) {
        String disputeId = flows.openedBySilence(kase);
        flows.decided(disputeId, FIRST_SUPERVISOR, MINOR_SCRATCHES);
        return disputeId;
    }

    private String appealed(CaseEvents kase) {
        String disputeId = decided(kase);
        flows.appealedByBuyer(disputeId, kase);
        return disputeId;
    }

    private String appealDecided(CaseEvents kase) {
        String disputeId = appealed(kase);
        SECOND_SUPERVISOR.decideAppeal(disputeId, NEVER_WORKED).then().statusCode(201);
        return disputeId;
    }

    private List<ConsumerRecord<String, String>> decisionsMade(CaseEvents kase) {
        return events.awaitRecords(Topics.DECISION_MADE, key(kase), 2);
    }

    private static String key(CaseEvents kase) {
        return kase.caseId().toString();
    }
}
