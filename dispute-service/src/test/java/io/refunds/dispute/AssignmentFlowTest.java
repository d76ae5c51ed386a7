package io.refunds.dispute;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DecisionBody;
import io.refunds.dispute.support.DisputeApi;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.dispute.support.QueueFilter;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An agent claims a dispute, only its holder decides it, and a supervisor reassigns it. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AssignmentFlowTest {

    private static final DisputeApi A7 = DisputeApi.agent("a-7");
    private static final DisputeApi A8 = DisputeApi.agent("a-8");
    private static final DisputeApi SUPERVISOR = DisputeApi.supervisor("sup-1");

    private final EventLog events = new EventLog();
    private final DisputeFlows flows = new DisputeFlows(events);

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void anAgentClaimsAnUnassignedDispute() {
        String disputeId = opened();
        A7.claim(disputeId).then().statusCode(200).body("assignee", equalTo("a-7"));
    }

    @Test
    void anAgentCannotClaimADisputeAnotherHolds() {
        String disputeId = claimedByA7();
        A8.claim(disputeId).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anAgentWhoDoesNotHoldTheDisputeCannotDecideIt() {
        String disputeId = claimedByA7();
        A8.decide(disputeId, DecisionBody.rejected("Not mine to decide")).then().statusCode(403);
    }

    @Test
    void aSupervisorReassignsTheDispute() {
        String disputeId = claimedByA7();
        SUPERVISOR.assign(disputeId, "a-8").then().statusCode(200).body("assignee", equalTo("a-8"));
    }

    @Test
    void theAgentItWasReassignedToDecides() {
        String disputeId = claimedByA7();
        SUPERVISOR.assign(disputeId, "a-8").then().statusCode(200);
        A8.decide(disputeId, DecisionBody.rejected("No fault found")).then().statusCode(201);
    }

    @Test
    void theQueueFiltersByAssignee() {
        CaseEvents kase = CaseEvents.newCase("b-assign", "s-assign");
        String disputeId = flows.openedBySilence(kase);
        SUPERVISOR.assign(disputeId, "a-8").then().statusCode(200);
        DisputeFlows.AGENT.queue(QueueFilter.ofCase(kase.caseId()).assignee("a-8")).then().body("", hasSize(1));
    }

    private String opened() {
        return flows.openedBySilence(CaseEvents.newCase("b-assign", "s-assign"));
    }

    private String claimedByA7() {
        String disputeId = opened();
        A7.claim(disputeId).then().statusCode(200);
        return disputeId;
    }
}
