package io.refunds.dispute;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DecisionBody;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** order-service's CaseWithdrawn takes the case's open dispute out of the queue for good. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WithdrawalTest {

    private final EventLog events = new EventLog();
    private final DisputeFlows flows = new DisputeFlows(events);

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aWithdrawnCaseLeavesTheQueue() {
        CaseEvents kase = CaseEvents.newCase("b-gone", "s-gone");
        flows.openedBySilence(kase);
        events.send(TestEvents.record(kase.withdrawn()));
        flows.awaitStatus(kase.caseId(), "WITHDRAWN");
    }

    @Test
    void aWithdrawnCaseCannotBeDecided() {
        CaseEvents kase = CaseEvents.newCase("b-gone", "s-gone");
        String disputeId = flows.openedBySilence(kase);
        DisputeFlows.AGENT.claim(disputeId);
        events.send(TestEvents.record(kase.withdrawn()));
        flows.awaitStatus(kase.caseId(), "WITHDRAWN");

        DisputeFlows.AGENT.decide(disputeId, DecisionBody.rejected("Too late"))
                .then().statusCode(409).contentType("application/problem+json");
    }
}
