package io.refunds.dispute;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DisputeApi;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.events.InformationRequested;
import io.refunds.events.StatementSubmitted;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The assigned agent asks a party, one question at a time; the party answers with a statement. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class InformationFlowTest {

    private static final DisputeApi AGENT = DisputeApi.agent("a-5");
    private static final DisputeApi SELLER = DisputeApi.seller("s-info");

    private final EventLog events = new EventLog();
    private final DisputeFlows flows = new DisputeFlows(events);

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void anAgentWhoHasNotClaimedTheDisputeCannotAsk() {
        String disputeId = flows.openedBySilence(newCase());
        AGENT.ask(disputeId, "SELLER").then().statusCode(403);
    }

    @Test
    void theAssignedAgentAsksAParty() {
        String disputeId = claimed(newCase());
        AGENT.ask(disputeId, "SELLER").then().statusCode(201);
    }

    @Test
    void aPartyIsAskedOneQuestionAtATime() {
        String disputeId = askedTheSeller(newCase());
        AGENT.ask(disputeId, "SELLER").then().statusCode(409);
    }

    @Test
    void anUnknownPartyIsRefusedNamingTheField() {
        String disputeId = claimed(newCase());
        AGENT.ask(disputeId, "NOBODY").then().statusCode(400).body("violations.field", hasItem("from"));
    }

    @Test
    void aPartyNobodyAskedHasNothingToAnswer() {
        String disputeId = askedTheSeller(newCase());
        DisputeApi.buyer("b-info").answer(disputeId).then().statusCode(409);
    }

    @Test
    void onlyTheCasesPartiesAnswer() {
        String disputeId = askedTheSeller(newCase());
        DisputeApi.seller("s-other").answer(disputeId).then().statusCode(404);
    }

    @Test
    void thePartyAnswersInTime() {
        String disputeId = askedTheSeller(newCase());
        SELLER.answer(disputeId).then().statusCode(201).body("late", equalTo(false));
    }

    @Test
    void aQuestionIsAnsweredOnce() {
        String disputeId = askedTheSeller(newCase());
        SELLER.answer(disputeId).then().statusCode(201);
        SELLER.answer(disputeId).then().statusCode(409);
    }

    @Test
    void theStatementAnswersTheQuestionWithTheSellersEvidence() {
        CaseEvents kase = newCase();
        String disputeId = askedTheSeller(kase);
        SELLER.answer(disputeId).then().statusCode(201);

        StatementSubmitted submitted = TestEvents.read(
                events.awaitRecords(Topics.STATEMENT_SUBMITTED, kase.caseId().toString(), 1).get(0).value(),
                StatementSubmitted.class);
        assertEquals("SELLER", submitted.party());
        assertEquals(1, submitted.evidenceIds().size());
        InformationRequested asked = TestEvents.read(
                events.awaitRecords(Topics.INFORMATION_REQUESTED, kase.caseId().toString(), 1).get(0).value(),
                InformationRequested.class);
        assertEquals(submitted.requestId(), asked.requestId());
    }

    @Test
    void theDisputeShowsTheQuestionWithItsAnswer() {
        String disputeId = askedTheSeller(newCase());
        SELLER.answer(disputeId).then().statusCode(201);
        AGENT.find(disputeId).then().body("history.questions[0].statement", equalTo(DisputeApi.STATEMENT));
    }

    private static CaseEvents newCase() {
        return CaseEvents.newCase("b-info", "s-info");
    }

    private String claimed(CaseEvents kase) {
        String disputeId = flows.openedBySilence(kase);
        AGENT.claim(disputeId).then().statusCode(200);
        return disputeId;
    }

    private String askedTheSeller(CaseEvents kase) {
        String disputeId = claimed(kase);
        AGENT.ask(disputeId, "SELLER").then().statusCode(201);
        return disputeId;
    }
}
