package io.refunds.dispute;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DisputeApi;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.dispute.support.QueueFilter;
import io.refunds.events.EventType;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Past its deadline (%test: 3 seconds) a dispute is flagged and announced; follow-ups then raise its priority. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OverdueAndFollowUpTest {

    private final EventLog events = new EventLog();
    private final DisputeFlows flows = new DisputeFlows(events);

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void pastItsDeadlineAnUndecidedDisputeIsAnnouncedOverdue() {
        CaseEvents kase = CaseEvents.newCase("b-late", "s-late");
        flows.openedBySilence(kase);
        ConsumerRecord<String, String> overdue = awaitOverdue(kase);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.DISPUTE_OVERDUE, overdue.value()));
    }

    /** The answers, the events and the queue's order all show the raised priority. */
    @Test
    void followUpsOnAnOverdueDisputeRaiseItToTheTopOfTheQueue() {
        CaseEvents kase = CaseEvents.newCase("b-late", "s-late");
        String disputeId = flows.openedBySilence(kase);
        awaitOverdue(kase);

        DisputeApi.buyer("b-late").followUp(disputeId).then().statusCode(201).body("priority", equalTo(1));
        DisputeApi.seller("s-late").followUp(disputeId).then().statusCode(201).body("priority", equalTo(2));
        DisputeFlows.AGENT.queue(QueueFilter.withStatus("OPEN")).then().statusCode(200)
                .body("[0].disputeId", equalTo(disputeId)).body("[0].overdue", equalTo(true));
        events.awaitRecords(Topics.FOLLOW_UP_POSTED, kase.caseId().toString(), 2);
    }

    @Test
    void onlyTheCasesPartiesFollowUp() {
        String disputeId = flows.openedBySilence(CaseEvents.newCase("b-late", "s-late"));
        DisputeApi.buyer("b-stranger").followUp(disputeId).then().statusCode(404);
    }

    private ConsumerRecord<String, String> awaitOverdue(CaseEvents kase) {
        return events.awaitRecords(Topics.DISPUTE_OVERDUE, kase.caseId().toString(), 1).get(0);
    }
}
