package io.refunds.dispute.dispute;

import io.refunds.platform.problem.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The dispute's rules in one place, free of Kafka and the database: who may claim, decide, follow up and
 * appeal, and what each step does to the dispute.
 */
public final class DisputeLifecycle {

    private DisputeLifecycle() {
    }

    /** An agent claims an unassigned dispute; a supervisor may (re)assign it to anyone. */
    public static void assign(Dispute dispute, String assignee, String actor, boolean supervisor) {
        requireAwaitingDecision(dispute);
        boolean claimingForSelf = assignee.equals(actor);
        if (!supervisor && !claimingForSelf) {
            throw ApiException.forbidden("only a supervisor assigns a dispute to someone else");
        }
        if (!supervisor && dispute.assignee != null && !dispute.assignee.equals(actor)) {
            throw ApiException.conflict("the dispute is assigned to " + dispute.assignee + "; a supervisor may reassign it");
        }
        dispute.assignee = assignee;
    }

    /**
     * The assigned agent decides an open dispute, once its negotiation is closed: until messaging-service confirms
     * that no offer can be accepted any more, a settlement could still pay beside the decision.
     */
    public static void decide(Dispute dispute, String agent, Instant now) {
        if (dispute.status != DisputeStatus.OPEN) {
            throw ApiException.conflict("dispute " + dispute.id + " is " + dispute.status + ", not open");
        }
        requireAssignee(dispute, agent);
        if (!dispute.negotiationClosed) {
            throw ApiException.refusedBy(409, "NEGOTIATION_CLOSING", null, "the seller's offers on this case are being"
                    + " closed (it takes a moment after the dispute opens); retry the decision in a few seconds");
        }
        dispute.status = DisputeStatus.DECIDED;
        dispute.decidedAt = now;
        dispute.overdue = false;
    }

    /** The assigned agent (or a supervisor) questions a party while the dispute awaits a decision. */
    public static void requestInformation(Dispute dispute, String actor, boolean supervisor) {
        requireAwaitingDecision(dispute);
        if (!supervisor) {
            requireAssignee(dispute, actor);
        }
    }

    /**
     * messaging-service answered the dispute's opening: the negotiation is closed, so it may be decided; or the buyer
     * had already accepted the seller's offer ({@code settlementId}): an undecided dispute then closes as settled,
     * and the settlement is what pays.
     */
    public static void negotiationClosed(Dispute dispute, UUID settlementId) {
        dispute.negotiationClosed = true;
        if (settlementId != null && dispute.status == DisputeStatus.OPEN) {
            dispute.status = DisputeStatus.SETTLED;
            dispute.settlementId = settlementId;
            dispute.assignee = null;
            dispute.overdue = false;
        }
    }

    /** Past the decision deadline an undecided dispute is flagged; returns whether it was newly flagged. */
    public static boolean flagOverdue(Dispute dispute, Instant now) {
        if (!dispute.status.awaitsDecision() || dispute.overdue || now.isBefore(dispute.decisionDueAt)) {
            return false;
        }
        dispute.overdue = true;
        return true;
    }

    /** A follow-up on an overdue dispute raises its priority. */
    public static void followUp(Dispute dispute) {
        if (dispute.status == DisputeStatus.WITHDRAWN) {
            throw ApiException.conflict("the case was withdrawn");
        }
        if (dispute.overdue) {
            dispute.priority++;
        }
    }

    /** A party appeals a decision once, within the window after it. */
    public static void appeal(Dispute dispute, Party party, Set<Party> alreadyAppealed, Instant now,
            Duration window, Duration decisionTime) {
        if (dispute.status != DisputeStatus.DECIDED) {
            throw ApiException.conflict("only a decided dispute can be appealed; this one is " + dispute.status);
        }
        if (alreadyAppealed.contains(party)) {
            throw ApiException.conflict("the " + party.name().toLowerCase() + " has already appealed");
        }
        if (now.isAfter(appealableUntil(dispute.decidedAt, window))) {
            throw ApiException.refusedBy(422, "APPEAL_WINDOW_EXPIRED", null,
                    "appeals close " + window.toDays() + " days after the decision");
        }
        dispute.status = DisputeStatus.APPEALED;
        dispute.assignee = null;
        dispute.overdue = false;
        dispute.decisionDueAt = now.plus(decisionTime);
    }

    /** The last instant a party may appeal a decision made at {@code decidedAt}. */
    public static Instant appealableUntil(Instant decidedAt, Duration window) {
        return decidedAt.plus(window);
    }

    /** A supervisor who did not make the appealed decision decides the appeal; the dispute is then final. */
    public static void decideAppeal(Dispute dispute, String supervisor, String appealedDecider, Instant now) {
        if (dispute.status != DisputeStatus.APPEALED) {
            throw ApiException.conflict("dispute " + dispute.id + " has no pending appeal");
        }
        if (supervisor.equals(appealedDecider)) {
            throw ApiException.forbidden("an appeal is decided by a supervisor who did not make the first decision");
        }
        dispute.status = DisputeStatus.FINAL;
        dispute.decidedAt = now;
        dispute.overdue = false;
    }

    private static void requireAwaitingDecision(Dispute dispute) {
        if (!dispute.status.awaitsDecision()) {
            throw ApiException.conflict("dispute " + dispute.id + " is " + dispute.status);
        }
    }

    private static void requireAssignee(Dispute dispute, String agent) {
        if (!agent.equals(dispute.assignee)) {
            throw ApiException.forbidden(dispute.assignee == null
                    ? "claim the dispute first (POST /api/disputes/{id}/assignment)"
                    : "the dispute is assigned to " + dispute.assignee);
        }
    }
}
