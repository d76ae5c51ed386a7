package io.refunds.dispute.readside;

import io.refunds.dispute.decision.Decision;
import io.refunds.dispute.decision.DecisionView;
import io.refunds.dispute.dispute.Dispute;
import io.refunds.dispute.dispute.DisputeStatus;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.platform.api.MoneyInput;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A dispute as agents and the case's parties see it, with the item's title, its decisions and (alone) its case file.
 * {@code negotiationClosed}: messaging-service confirmed no offer can be accepted any more, so it may be decided;
 * {@code settlementId}: the settlement that closed it instead (status SETTLED); {@code reopenedFor}: the outcome
 * (decision:… or settlement:…) after which the case came back to the queue (trigger RETURN_INSPECTION…).
 */
public record DisputeView(UUID disputeId, UUID caseId, String orderId, String itemId, String itemTitle,
        String buyerId, String sellerId, String reason, DisputeTrigger trigger, MoneyInput amountPaid,
        DisputeStatus status, Instant decisionDueAt, boolean overdue, int priority, String assignee, Instant openedAt,
        boolean negotiationClosed, UUID settlementId, String reopenedFor, List<DecisionView> decisions,
        CaseFileView caseFile, DisputeHistory.History history) {

    public static DisputeView of(Dispute dispute, String itemTitle, List<Decision> decisions, Instant now) {
        return of(dispute, itemTitle, decisions, null, null, now);
    }

    public static DisputeView of(Dispute dispute, String itemTitle, List<Decision> decisions, CaseFileView caseFile,
            DisputeHistory.History history, Instant now) {
        boolean overdue = dispute.overdue || dispute.status.awaitsDecision() && dispute.decisionDueAt.isBefore(now);
        return new DisputeView(dispute.id, dispute.caseId, dispute.parties.orderId(), dispute.parties.itemId(),
                itemTitle, dispute.parties.buyerId(), dispute.parties.sellerId(), dispute.parties.reason(),
                dispute.trigger, MoneyInput.of(dispute.paid()), dispute.status, dispute.decisionDueAt, overdue,
                dispute.priority, dispute.assignee, dispute.openedAt, dispute.negotiationClosed, dispute.settlementId,
                dispute.reopenedFor, decisions.stream().map(DecisionView::of).toList(), caseFile, history);
    }
}
