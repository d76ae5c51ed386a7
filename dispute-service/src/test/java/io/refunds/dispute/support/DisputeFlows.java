package io.refunds.dispute.support;

import static org.hamcrest.Matchers.equalTo;

import io.refunds.testing.EventLog;
import io.refunds.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.awaitility.Awaitility;

/** The ways a test brings a dispute to the state it is about, through the service's own events and API. */
public final class DisputeFlows {

    /** The agent who reads the queue and decides in these flows. */
    public static final DisputeApi AGENT = DisputeApi.agent("a-1");

    private final EventLog events;

    public DisputeFlows(EventLog events) {
        this.events = events;
    }

    /** The seller stayed silent: the dispute opens from SellerUnresponsive; returns its id once it is queued. */
    public String openedBySilence(CaseEvents kase) {
        events.send(TestEvents.record(kase.sellerUnresponsive()));
        return disputeOf(kase.caseId());
    }

    /** The case's dispute id, once the queue shows it. */
    public String disputeOf(UUID caseId) {
        return Awaitility.await().atMost(EventLog.WAIT).until(() -> AGENT.queue(QueueFilter.ofCase(caseId)).then()
                .statusCode(200).extract().<String>path("[0].disputeId"), id -> id != null);
    }

    /** {@code agent} claims the dispute and decides it with {@code decision}; returns the decision's id. */
    public String decided(String disputeId, DisputeApi agent, DecisionBody decision) {
        agent.claim(disputeId).then().statusCode(200);
        return agent.decide(disputeId, decision).then().statusCode(201).extract().path("decisionId");
    }

    /** The buyer appeals the decision. */
    public void appealedByBuyer(String disputeId, CaseEvents kase) {
        DisputeApi.buyer(kase.buyerId()).appeal(disputeId).then().statusCode(201);
    }

    /**
     * The claim and the conversation reached the case file, the seller declined, and the buyer escalated directly
     * ({@code POST /api/disputes}): the dispute waits for NegotiationClosed. Returns its id.
     */
    public String escalatedAfterDecline(CaseEvents kase) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        events.send(TestEvents.record(kase.issueReported().at(now).build()));
        events.send(TestEvents.record(kase.conversationOpened(now.plus(Duration.ofHours(48)), now.plusMillis(1))));
        events.send(TestEvents.record(kase.sellerDeclined("No", now.plusMillis(2))));
        return Awaitility.await().atMost(EventLog.WAIT).until(() -> DisputeApi.buyer(kase.buyerId())
                .escalate(kase.caseId()).then().extract().<String>path("disputeId"), id -> id != null);
    }

    /** Waits until the agents' queue shows the case's dispute in {@code status}. */
    public void awaitStatus(UUID caseId, String status) {
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> AGENT.queue(QueueFilter.ofCase(caseId)).then()
                .statusCode(200).body("[0].status", equalTo(status)));
    }
}
