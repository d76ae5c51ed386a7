package io.refunds.dispute;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DecisionBody;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.dispute.support.QueueFilter;
import io.refunds.events.DisputeOpened;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.events.Inspection;
import io.refunds.events.RefundRelease;
import io.refunds.events.ReplacementOverdue;
import io.refunds.events.ReturnReceived;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A returned item inspected as not claimed (ReturnReceived, release BACK_TO_QUEUE) puts its case back in the agents'
 * queue with the inspection in the case file: a new dispute, decided at once, after a decision or a settlement; the
 * same inspection delivered twice opens one; a return received as claimed opens none; a replacement that never came
 * (ReplacementOverdue) opens one for a refund instead.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BackToQueueTest {

    private static final DecisionBody RETURN = DecisionBody.outcome("RETURN_AND_REFUND", "Send it back");

    private final EventLog events = new EventLog();
    private final DisputeFlows flows = new DisputeFlows(events);

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aDamagedReturnAfterADecisionOpensANewDisputeDecidedAtOnce() {
        CaseEvents kase = reported("b-back", "s-back");
        String first = flows.openedBySilence(kase);
        String decisionId = flows.decided(first, DisputeFlows.AGENT, RETURN);

        events.send(TestEvents.record(inspected(kase, "decision:" + decisionId, Inspection.DAMAGED,
                RefundRelease.BACK_TO_QUEUE)));

        String second = awaitOpenDispute(kase.caseId());
        dispute(second).body("trigger", equalTo("RETURN_INSPECTION"))
                .body("reopenedFor", equalTo("decision:" + decisionId))
                .body("negotiationClosed", equalTo(true))
                .body("caseFile.entries.type", hasItem("ReturnReceived"));
        dispute(first).body("status", equalTo("DECIDED"));
        assertEquals(DisputeTrigger.RETURN_INSPECTION, TestEvents.read(events.awaitRecords(Topics.DISPUTE_OPENED,
                kase.caseId().toString(), 2).get(1).value(), DisputeOpened.class).trigger());
        flows.decided(second, DisputeFlows.AGENT, DecisionBody.partialRefund(4_000, "USD", "Damaged: half"));
    }

    @Test
    void aDamagedReturnAfterASettlementIsNotClosedByThatSettlement() {
        CaseEvents kase = reported("b-settled-back", "s-settled-back");
        UUID settlementId = UUID.randomUUID();

        events.send(TestEvents.record(inspected(kase, "settlement:" + settlementId, Inspection.WRONG_ITEM,
                RefundRelease.BACK_TO_QUEUE)));
        String disputeId = awaitOpenDispute(kase.caseId());
        events.send(TestEvents.record(kase.negotiationClosed(disputeId, settlementId)));
        events.awaitConsumed("dispute-service", Topics.NEGOTIATION_CLOSED);

        dispute(disputeId).body("status", equalTo("OPEN")).body("reopenedFor",
                equalTo("settlement:" + settlementId));
        flows.decided(disputeId, DisputeFlows.AGENT, DecisionBody.rejected("The wrong item came back"));
    }

    @Test
    void theSameInspectionTwiceOpensOneDispute() {
        CaseEvents kase = reported("b-twice", "s-twice");
        String cause = "settlement:" + UUID.randomUUID();
        ProducerRecord<String, String> record = TestEvents.record(inspected(kase, cause, Inspection.MISSING_PARTS,
                RefundRelease.BACK_TO_QUEUE));
        events.send(record);
        String disputeId = awaitOpenDispute(kase.caseId());
        flows.decided(disputeId, DisputeFlows.AGENT, DecisionBody.rejected("Parts are missing"));

        events.send(TestEvents.record(inspected(kase, cause, Inspection.MISSING_PARTS, RefundRelease.BACK_TO_QUEUE)));
        events.send(record);
        events.awaitConsumed("dispute-service", Topics.RETURN_RECEIVED);

        DisputeFlows.AGENT.queue(QueueFilter.ofCase(kase.caseId())).then().body("", hasSize(1))
                .body("[0].status", equalTo("DECIDED"));
    }

    @Test
    void aReplacementThatNeverCameOpensADisputeForARefund() {
        CaseEvents kase = reported("b-late", "s-late");
        String decisionId = flows.decided(flows.openedBySilence(kase), DisputeFlows.AGENT,
                DecisionBody.outcome("REPLACEMENT", "The seller sends a new one"));
        Instant due = Instant.now().minusSeconds(60);

        events.send(TestEvents.record(new ReplacementOverdue(UUID.randomUUID(), kase.caseId(),
                "decision:" + decisionId, kase.orderId(), "i-1", due, Instant.now())));

        String disputeId = awaitOpenDispute(kase.caseId());
        dispute(disputeId).body("trigger", equalTo("REPLACEMENT_OVERDUE"))
                .body("caseFile.entries.type", hasItem("ReplacementOverdue"));
        flows.decided(disputeId, DisputeFlows.AGENT, DecisionBody.fullRefund("No replacement came"));
    }

    @Test
    void aReturnReceivedAsClaimedOpensNoDispute() {
        CaseEvents kase = reported("b-fine", "s-fine");
        events.send(TestEvents.record(inspected(kase, "settlement:" + UUID.randomUUID(), Inspection.AS_EXPECTED,
                RefundRelease.PAY)));
        events.awaitConsumed("dispute-service", Topics.RETURN_RECEIVED);
        DisputeFlows.AGENT.queue(QueueFilter.ofCase(kase.caseId())).then().body("", hasSize(0));
    }

    private CaseEvents reported(String buyerId, String sellerId) {
        CaseEvents kase = CaseEvents.newCase(buyerId, sellerId);
        events.send(TestEvents.record(kase.issueReported().build()));
        events.awaitConsumed("dispute-service", Topics.ISSUE_REPORTED);
        return kase;
    }

    private static ValidatableResponse dispute(String disputeId) {
        return DisputeFlows.AGENT.find(disputeId).then().statusCode(200);
    }

    private String awaitOpenDispute(UUID caseId) {
        return Awaitility.await().atMost(EventLog.WAIT).until(() -> DisputeFlows.AGENT
                .queue(QueueFilter.ofCase(caseId).status("OPEN")).then().statusCode(200)
                .extract().<String>path("[0].disputeId"), id -> id != null);
    }

    private static ReturnReceived inspected(CaseEvents kase, String cause, Inspection inspection,
            RefundRelease release) {
        List<String> photos = inspection == Inspection.AS_EXPECTED ? List.of() : List.of(UUID.randomUUID().toString());
        return new ReturnReceived(UUID.randomUUID(), kase.caseId(), cause, inspection, photos, "seen at the warehouse",
                Instant.now(), "staff-1", release);
    }
}
