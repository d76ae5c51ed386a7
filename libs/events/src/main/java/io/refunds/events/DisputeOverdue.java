package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The decision deadline passed with the dispute still undecided: dashboards and supervisors see it. */
public record DisputeOverdue(UUID caseId, UUID disputeId, String assignee, Instant decisionDueAt, Instant flaggedAt)
        implements CaseEvent {

    @Override
    public String businessKey() {
        return "overdue:" + disputeId + ":" + decisionDueAt;
    }
}
