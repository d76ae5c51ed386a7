package io.refunds.dispute.dispute;

import io.refunds.events.AppealFiled;
import io.refunds.events.DecisionMade;
import io.refunds.events.DecisionOutcome;
import io.refunds.events.DisputeOpened;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.events.DisputeOverdue;
import io.refunds.events.FollowUpPosted;
import io.refunds.events.InformationRequested;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.Remedy;
import io.refunds.events.StatementSubmitted;
import io.refunds.platform.api.RefundLines;
import io.refunds.platform.negotiation.EscalationRule;
import io.refunds.platform.negotiation.Negotiation;
import io.refunds.platform.problem.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The dispute's rules in one place, free of Kafka, the database and HTTP: each step takes the dispute as it is, the
 * command and {@code now}, refuses with an {@link ApiException} or returns the new state with the events to publish
 * ({@link DisputeChange}). Opening, assignment, decisions, questions and statements, follow-ups, appeals, the
 * negotiation's answer, the case's withdrawal and the overdue flag.
 */
public final class DisputeLifecycle {

    private DisputeLifecycle() {
    }

    /**
     * messaging-service's own events open a dispute (a silent seller, the buyer's escalation there): the negotiation
     * is already closed, so it may be decided at once. One open dispute per case: with one open, nothing changes.
     */
    public static DisputeChange openedByNegotiation(Claim claim, DisputeTrigger trigger, Dispute openOfCase,
            Instant now, DisputeConfig config) {
        return openOfCase != null ? DisputeChange.unchanged(openOfCase)
                : open(claim, trigger, true, now, config.decisionTime());
    }

    /**
     * The case's outcome did not hold — the returned item was not as claimed, the replacement never came — so the
     * case goes back to the agents' queue: a new dispute (the old one stays as it was decided) that may be decided
     * at once, for {@code cause}, the outcome it follows. With a dispute open, or one already reopened for that
     * cause, nothing changes.
     */
    public static DisputeChange backToQueue(Claim claim, DisputeTrigger trigger, String cause, Dispute openOfCase,
            Dispute reopenedForCause, Instant now, DisputeConfig config) {
        if (openOfCase != null || reopenedForCause != null) {
            return DisputeChange.unchanged(openOfCase != null ? openOfCase : reopenedForCause);
        }
        DisputeChange change = open(claim, trigger, true, now, config.decisionTime());
        change.dispute().reopenedFor = cause;
        return change;
    }

    /**
     * The buyer takes the case to the platform ({@code POST /api/disputes}) when {@link EscalationRule} allows it
     * from what the negotiation recorded; the negotiation may still be open in messaging-service, so the dispute
     * waits for NegotiationClosed before it may be decided.
     */
    public static DisputeChange escalatedByBuyer(Claim claim, Negotiation negotiation, Dispute openOfCase,
            Instant now, DisputeConfig config) {
        if (openOfCase != null) {
            throw ApiException.conflict("a dispute is already open: " + openOfCase.id);
        }
        EscalationRule.requireEscalable(negotiation, now);
        return open(claim, DisputeTrigger.BUYER_ESCALATION, false, now, config.decisionTime());
    }

    private static DisputeChange open(Claim claim, DisputeTrigger trigger, boolean negotiationClosed, Instant now,
            Duration decisionTime) {
        Dispute dispute = new Dispute();
        dispute.id = UUID.randomUUID();
        dispute.caseId = claim.caseId();
        dispute.parties = claim.parties();
        dispute.trigger = trigger;
        dispute.status = DisputeStatus.OPEN;
        dispute.negotiationClosed = negotiationClosed;
        dispute.openedAt = now;
        dispute.decisionDueAt = now.plus(decisionTime);
        return DisputeChange.startingDeadline(dispute, new DisputeOpened(dispute.id, dispute.caseId,
                dispute.parties.orderId(), dispute.parties.itemId(), dispute.parties.buyerId(),
                dispute.parties.sellerId(), dispute.parties.reason(), trigger, dispute.paid(), dispute.decisionDueAt,
                dispute.openedAt));
    }

    /** An agent claims an unassigned dispute; a supervisor may (re)assign it to anyone. */
    public static DisputeChange assign(Dispute dispute, String assignee, String actor, boolean supervisor) {
        requireAwaitingDecision(dispute);
        boolean claimingForSelf = assignee.equals(actor);
        if (!supervisor && !claimingForSelf) {
            throw ApiException.forbidden("only a supervisor assigns a dispute to someone else");
        }
        if (!supervisor && dispute.assignee != null && !dispute.assignee.equals(actor)) {
            throw ApiException.conflict("the dispute is assigned to " + dispute.assignee + "; a supervisor may reassign it");
        }
        dispute.assignee = assignee;
        return DisputeChange.unchanged(dispute);
    }

    /**
     * The assigned agent decides an open dispute, once its negotiation is closed: until messaging-service confirms
     * that no offer can be accepted any more, a settlement could still pay beside the decision. The decision may be
     * appealed until {@link #appealableUntil}.
     */
    public static DisputeChange decide(Dispute dispute, DecisionCommand command, PaymentTerms terms, Instant now,
            DisputeConfig config) {
        return decide(dispute, command, terms, null, now, config);
    }

    /**
     * The assigned agent decides, composing the refund from {@code quote}, the cost lines the buyer's claim was quoted
     * with ({@link RefundLines}; null for a claim without them: the amount alone).
     */
    public static DisputeChange decide(Dispute dispute, DecisionCommand command, PaymentTerms terms,
            RefundBreakdown quote, Instant now, DisputeConfig config) {
        if (dispute.status != DisputeStatus.OPEN) {
            throw ApiException.conflict("dispute " + dispute.id + " is " + dispute.status + ", not open");
        }
        requireAssignee(dispute, command.deciderId());
        if (!dispute.negotiationClosed) {
            throw ApiException.refusedBy(409, "NEGOTIATION_CLOSING", null, "the seller's offers on this case are being"
                    + " closed (it takes a moment after the dispute opens); retry the decision in a few seconds");
        }
        Owed owed = owed(dispute, command, quote);
        dispute.status = DisputeStatus.DECIDED;
        dispute.decidedAt = now;
        dispute.overdue = false;
        return DisputeChange.of(dispute, decisionMade(dispute, command, owed, null, terms, now,
                appealableUntil(now, config.appealWindow())));
    }

    /** The last instant a party may appeal a decision made at {@code decidedAt}. */
    public static Instant appealableUntil(Instant decidedAt, Duration window) {
        return decidedAt.plus(window);
    }

    /** The assigned agent (or a supervisor) questions a party while the dispute awaits a decision; one at a time. */
    public static DisputeChange requestInformation(Dispute dispute, QuestionCommand command, boolean previousPending,
            Instant now, DisputeConfig config) {
        requireAwaitingDecision(dispute);
        if (!command.supervisor()) {
            requireAssignee(dispute, command.askedBy());
        }
        if (previousPending) {
            throw ApiException.conflict("the " + command.from().name().toLowerCase()
                    + " has not answered the previous question yet");
        }
        return DisputeChange.of(dispute, new InformationRequested(dispute.caseId, dispute.id, UUID.randomUUID(),
                command.from().name(), command.askedBy(), command.question(), now.plus(config.statementTime()), now));
    }

    /** A party answers the question waiting for it; an answer past its due time is marked late. */
    public static DisputeChange submitStatement(Dispute dispute, StatementCommand command, PendingQuestion pending,
            Instant now) {
        if (pending == null) {
            throw ApiException.conflict("no question is waiting for the " + command.party().name().toLowerCase());
        }
        boolean late = now.isAfter(pending.dueAt());
        return DisputeChange.of(dispute, new StatementSubmitted(dispute.caseId, dispute.id, pending.requestId(),
                command.party().name(), command.authorId(), command.body(), command.evidenceIds(), late, now));
    }

    /** A party follows up; on an overdue dispute that raises its priority. */
    public static DisputeChange followUp(Dispute dispute, Party party, String authorId, String body, Instant now) {
        if (dispute.status == DisputeStatus.WITHDRAWN) {
            throw ApiException.conflict("the case was withdrawn");
        }
        if (dispute.overdue) {
            dispute.priority++;
        }
        return DisputeChange.of(dispute, new FollowUpPosted(dispute.caseId, dispute.id, authorId, party.name(), body,
                dispute.priority, now));
    }

    /**
     * A party appeals the decision ({@code appealedDecisionId}) once, within the window after it; the dispute goes
     * back to the queue, unassigned, with a new decision deadline.
     */
    public static DisputeChange appeal(Dispute dispute, AppealCommand command, Set<Party> alreadyAppealed,
            UUID appealedDecisionId, Instant now, DisputeConfig config) {
        if (dispute.status != DisputeStatus.DECIDED) {
            throw ApiException.conflict("only a decided dispute can be appealed; this one is " + dispute.status);
        }
        if (alreadyAppealed.contains(command.party())) {
            throw ApiException.conflict("the " + command.party().name().toLowerCase() + " has already appealed");
        }
        Duration window = config.appealWindow();
        if (now.isAfter(appealableUntil(dispute.decidedAt, window))) {
            throw ApiException.refusedBy(422, "APPEAL_WINDOW_EXPIRED", null,
                    "appeals close " + window.toDays() + " days after the decision");
        }
        dispute.status = DisputeStatus.APPEALED;
        dispute.assignee = null;
        dispute.overdue = false;
        dispute.decisionDueAt = now.plus(config.decisionTime());
        return DisputeChange.startingDeadline(dispute, new AppealFiled(dispute.caseId, dispute.id, appealedDecisionId,
                command.appellantId(), command.party().name(), command.reason(), command.evidenceIds(), now));
    }

    /**
     * A supervisor who did not make the appealed decision decides the appeal; the new decision supersedes it and the
     * dispute is final (no appeal of an appeal).
     */
    public static DisputeChange decideAppeal(Dispute dispute, DecisionCommand command, AppealedDecision appealed,
            PaymentTerms terms, Instant now) {
        return decideAppeal(dispute, command, appealed, terms, null, now);
    }

    /** An appeal decided, its refund composed from the claim's {@code quote} as a first decision's is. */
    public static DisputeChange decideAppeal(Dispute dispute, DecisionCommand command, AppealedDecision appealed,
            PaymentTerms terms, RefundBreakdown quote, Instant now) {
        if (dispute.status != DisputeStatus.APPEALED) {
            throw ApiException.conflict("dispute " + dispute.id + " has no pending appeal");
        }
        if (command.deciderId().equals(appealed.decidedBy())) {
            throw ApiException.forbidden("an appeal is decided by a supervisor who did not make the first decision");
        }
        Owed owed = owed(dispute, command, quote);
        dispute.status = DisputeStatus.FINAL;
        dispute.decidedAt = now;
        dispute.overdue = false;
        return DisputeChange.of(dispute, decisionMade(dispute, command, owed, appealed.decisionId(), terms, now, null));
    }

    /**
     * messaging-service answered the dispute's opening: the negotiation is closed, so it may be decided; or the buyer
     * had already accepted the seller's offer ({@code settlementId}): an undecided dispute then closes as settled,
     * and the settlement is what pays — unless the dispute reopened the case after that settlement.
     */
    public static DisputeChange negotiationClosed(Dispute dispute, UUID settlementId) {
        dispute.negotiationClosed = true;
        if (settlementId != null && dispute.status == DisputeStatus.OPEN && dispute.reopenedFor == null) {
            dispute.status = DisputeStatus.SETTLED;
            dispute.settlementId = settlementId;
            dispute.assignee = null;
            dispute.overdue = false;
        }
        return DisputeChange.unchanged(dispute);
    }

    /** The buyer withdrew the case: an open dispute leaves the agents' queue. */
    public static DisputeChange caseWithdrawn(Dispute dispute) {
        if (dispute.status == DisputeStatus.OPEN) {
            dispute.status = DisputeStatus.WITHDRAWN;
        }
        return DisputeChange.unchanged(dispute);
    }

    /** Past the decision deadline an undecided dispute is flagged once, and DisputeOverdue goes out. */
    public static DisputeChange flagOverdue(Dispute dispute, Instant now) {
        if (!dispute.status.awaitsDecision() || dispute.overdue || now.isBefore(dispute.decisionDueAt)) {
            return DisputeChange.unchanged(dispute);
        }
        dispute.overdue = true;
        return DisputeChange.of(dispute, new DisputeOverdue(dispute.caseId, dispute.id, dispute.assignee,
                dispute.decisionDueAt, now));
    }

    /** What a decision owes: the total and, for a claim quoted with cost lines, the lines it is made of. */
    private record Owed(Money total, RefundBreakdown breakdown) {
    }

    /**
     * The amount follows the rule of every remedy ({@link RefundAmountRule}); with the claim's cost lines a full
     * refund is the lines the policy refunds (less a return's deductions), a partial one its amount spread over them
     * or the lines the agent names (a line beyond the policy is then the agent's to bear).
     */
    private static Owed owed(Dispute dispute, DecisionCommand command, RefundBreakdown quote) {
        boolean namesLines = !command.lines().isEmpty();
        if (namesLines && command.outcome() != DecisionOutcome.PARTIAL_REFUND) {
            throw ApiException.invalid("lines", "may name cost lines only for a partial refund");
        }
        Money asked = namesLines && command.amount() == null ? null
                : RefundAmountRule.owed(command.outcome(), command.amount(), dispute.paid());
        Remedy remedy = switch (command.outcome()) {
            case FULL_REFUND -> Remedy.FULL_REFUND;
            case PARTIAL_REFUND -> Remedy.PARTIAL_REFUND;
            case RETURN_AND_REFUND -> Remedy.RETURN_AND_REFUND;
            case REPLACEMENT, REJECTED -> null;
        };
        RefundBreakdown breakdown = remedy == null ? null : RefundLines.compose(quote, remedy,
                command.amount() == null ? null : asked, command.lines(), "AGENT", "amount", "lines");
        return new Owed(breakdown != null ? breakdown.total() : asked, breakdown);
    }

    private static DecisionMade decisionMade(Dispute dispute, DecisionCommand command, Owed owed, UUID supersedes,
            PaymentTerms terms, Instant now, Instant appealableUntil) {
        return new DecisionMade(UUID.randomUUID(), dispute.id, dispute.caseId, dispute.parties.orderId(),
                dispute.parties.itemId(), dispute.parties.buyerId(), command.outcome(), owed.total(), dispute.paid(),
                supersedes, command.deciderId(), command.rationale(), now, dispute.parties.sellerId(), terms,
                appealableUntil, owed.breakdown());
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
