package io.refunds.dispute.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.refunds.events.RefundDeduction;
import io.refunds.events.RefundLine;
import io.refunds.events.StatementSubmitted;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.api.RefundLines;
import io.refunds.platform.negotiation.Negotiation;
import io.refunds.platform.negotiation.Negotiation.LastOffer;
import io.refunds.platform.parties.CaseParties;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The dispute's rules, step by step, without Kafka or a database. */
class DisputeLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(14);
    private static final Duration DECISION_TIME = Duration.ofHours(72);
    private static final Duration STATEMENT_TIME = Duration.ofHours(48);
    private static final DisputeConfig CONFIG = new Times(DECISION_TIME, STATEMENT_TIME, WINDOW);
    private static final Money PAID = Money.of(12_900, "USD");
    private static final CaseParties PARTIES = new CaseParties("o-1", "i-1", "b-1", "s-1", "DEFECTIVE", PAID);

    @Nested
    class Opening {

        @Test
        void messagingsOwnEventOpensADecidableDisputeAndAnnouncesIt() {
            Claim claim = new Claim(UUID.randomUUID(), PARTIES);
            DisputeChange change = DisputeLifecycle.openedByNegotiation(claim, DisputeTrigger.SELLER_UNRESPONSIVE,
                    null, NOW, CONFIG);
            Dispute dispute = change.dispute();
            assertEquals(DisputeStatus.OPEN, dispute.status);
            assertTrue(dispute.negotiationClosed, "messaging-service already closed the negotiation");
            assertEquals(NOW.plus(DECISION_TIME), dispute.decisionDueAt);
            assertTrue(change.deadlineStarts());
            DisputeOpened opened = change.event(DisputeOpened.class);
            assertEquals(new DisputeOpened(dispute.id, claim.caseId(), "o-1", "i-1", "b-1", "s-1", "DEFECTIVE",
                    DisputeTrigger.SELLER_UNRESPONSIVE, PAID, NOW.plus(DECISION_TIME), NOW), opened);
        }

        @Test
        void aCaseWithAnOpenDisputeKeepsItAndNothingIsAnnounced() {
            Dispute open = open();
            DisputeChange change = DisputeLifecycle.openedByNegotiation(new Claim(open.caseId, PARTIES),
                    DisputeTrigger.BUYER_ESCALATION, open, NOW, CONFIG);
            assertSame(open, change.dispute());
            assertEquals(List.of(), change.events());
            assertFalse(change.deadlineStarts());
        }

        @Test
        void theBuyersDirectEscalationWaitsForTheNegotiationToClose() {
            DisputeChange change = DisputeLifecycle.escalatedByBuyer(new Claim(UUID.randomUUID(), PARTIES),
                    declined(), null, NOW, CONFIG);
            assertFalse(change.dispute().negotiationClosed);
            assertEquals(DisputeTrigger.BUYER_ESCALATION, change.dispute().trigger);
            assertEquals(DisputeTrigger.BUYER_ESCALATION, change.event(DisputeOpened.class).trigger());
        }

        @Test
        void theBuyerCannotEscalateACaseWithAnOpenDispute() {
            Dispute open = open();
            ApiException refused = assertThrows(ApiException.class, () -> DisputeLifecycle.escalatedByBuyer(
                    new Claim(open.caseId, PARTIES), declined(), open, NOW, CONFIG));
            assertEquals(409, refused.problem().status());
            assertEquals("a dispute is already open: " + open.id, refused.getMessage());
        }

        @Test
        void theBuyerCannotEscalateWhileTheSellerStillHasTimeToAnswer() {
            Negotiation answering = new Negotiation(NOW.plus(Duration.ofHours(1)), false, LastOffer.OPEN, false,
                    false, false, false);
            assertRule(409, "SELLER_STILL_ANSWERING", () -> DisputeLifecycle.escalatedByBuyer(
                    new Claim(UUID.randomUUID(), PARTIES), answering, null, NOW, CONFIG));
        }

        @Test
        void theBuyerCannotEscalateASettledCase() {
            Negotiation settled = new Negotiation(NOW.minusSeconds(1), true, LastOffer.NONE, true, false, false, false);
            assertRule(409, "CASE_SETTLED", () -> DisputeLifecycle.escalatedByBuyer(
                    new Claim(UUID.randomUUID(), PARTIES), settled, null, NOW, CONFIG));
        }
    }

    @Nested
    class Assignment {

        @Test
        void anAgentClaimsAnUnassignedDispute() {
            Dispute dispute = open();
            DisputeLifecycle.assign(dispute, "a-1", "a-1", false);
            assertEquals("a-1", dispute.assignee);
        }

        @Test
        void anAgentCannotClaimADisputeAssignedToAnother() {
            Dispute dispute = assignedTo("a-1");
            assertStatus(409, () -> DisputeLifecycle.assign(dispute, "a-2", "a-2", false));
        }

        @Test
        void onlyASupervisorAssignsADisputeToSomeoneElse() {
            Dispute dispute = assignedTo("a-1");
            assertStatus(403, () -> DisputeLifecycle.assign(dispute, "a-3", "a-2", false));
        }

        @Test
        void aSupervisorReassignsAnAssignedDispute() {
            Dispute dispute = assignedTo("a-1");
            DisputeLifecycle.assign(dispute, "a-2", "sup-1", true);
            assertEquals("a-2", dispute.assignee);
        }

        @Test
        void aDecidedDisputeCannotBeAssigned() {
            Dispute dispute = decidedBy("a-1");
            assertStatus(409, () -> DisputeLifecycle.assign(dispute, "a-2", "sup-1", true));
        }
    }

    @Nested
    class Decisions {

        @Test
        void anUnassignedDisputeCannotBeDecided() {
            Dispute dispute = open();
            assertStatus(403, () -> decide(dispute, "a-1"));
        }

        @Test
        void onlyTheAssignedAgentDecides() {
            Dispute dispute = assignedTo("a-1");
            assertStatus(403, () -> decide(dispute, "a-2"));
        }

        @Test
        void theAssignedAgentDecidesAndTheDisputeIsDecided() {
            Dispute dispute = assignedTo("a-1");
            decide(dispute, "a-1");
            assertEquals(DisputeStatus.DECIDED, dispute.status);
            assertEquals(NOW, dispute.decidedAt);
        }

        @Test
        void aDisputeIsDecidedOnlyOnce() {
            Dispute dispute = decidedBy("a-1");
            assertStatus(409, () -> decide(dispute, "a-1"));
        }

        @Test
        void aDisputeIsNotDecidedUntilTheNegotiationIsClosed() {
            Dispute dispute = assignedTo("a-1");
            dispute.negotiationClosed = false;
            assertRule(409, "NEGOTIATION_CLOSING", () -> decide(dispute, "a-1"));
            assertEquals(DisputeStatus.OPEN, dispute.status);
        }

        @Test
        void decisionMadeCarriesWhatIsOwedThePaymentTermsAndTheAppealWindow() {
            Dispute dispute = assignedTo("a-1");
            PaymentTerms terms = PaymentTerms.UNKNOWN;
            DecisionMade made = decide(dispute, "a-1").event(DecisionMade.class);
            assertEquals(DecisionOutcome.FULL_REFUND, made.outcome());
            assertEquals(PAID, made.refundAmount());
            assertEquals(PAID, made.amountPaid());
            assertEquals("a-1", made.decidedBy());
            assertEquals("s-1", made.sellerId());
            assertEquals(terms, made.paymentTerms());
            assertEquals(NOW, made.decidedAt());
            assertEquals(NOW.plus(WINDOW), made.appealableUntil());
            assertNull(made.supersedesDecisionId());
        }

        @Test
        void anAmountTheOutcomeDoesNotAllowIsRefusedAndTheDisputeStaysOpen() {
            Dispute dispute = assignedTo("a-1");
            DecisionCommand rejection = new DecisionCommand("a-1", DecisionOutcome.REJECTED,
                    new MoneyInput(100L, "USD"), "No fault");
            assertStatus(400, () -> DisputeLifecycle.decide(dispute, rejection, PaymentTerms.UNKNOWN, NOW, CONFIG));
            assertEquals(DisputeStatus.OPEN, dispute.status);
        }

        @Test
        void withTheClaimsCostLinesADecisionIsComposedOfThemAndNamesThemInDecisionMade() {
            RefundBreakdown quote = new RefundBreakdown(List.of(
                    new RefundLine("ITEM", usd(9_000), null, usd(9_000), "SELLER"),
                    new RefundLine("SERVICE_FEE", usd(1_000), null, usd(1_000), "AGENT"),
                    new RefundLine("QC_FEE", usd(500), null, usd(0), null)),
                    List.of(new RefundDeduction("RETURN_SHIPPING", usd(400))), usd(9_600));

            DecisionMade full = DisputeLifecycle.decide(assignedTo("a-1"), fullRefund("a-1"), PaymentTerms.UNKNOWN,
                    quote, NOW, CONFIG).event(DecisionMade.class);
            assertEquals(usd(9_600), full.refundAmount(), "the refundable lines less the return's deductions");
            assertEquals(List.of(9_000L, 1_000L, 0L), full.breakdown().lines().stream()
                    .map(line -> line.refund().minorUnits()).toList());

            DecisionMade partial = DisputeLifecycle.decide(assignedTo("a-1"), new DecisionCommand("a-1",
                    DecisionOutcome.PARTIAL_REFUND, new MoneyInput(1_000L, "USD"), "Half the fee", List.of()),
                    PaymentTerms.UNKNOWN, quote, NOW, CONFIG).event(DecisionMade.class);
            assertEquals(List.of(900L, 100L, 0L), partial.breakdown().lines().stream()
                    .map(line -> line.refund().minorUnits()).toList());

            DecisionMade goodwill = DisputeLifecycle.decide(assignedTo("a-1"), new DecisionCommand("a-1",
                    DecisionOutcome.PARTIAL_REFUND, null, "The QC missed it",
                    List.of(new RefundLines.Named("QC_FEE", usd(500)))), PaymentTerms.UNKNOWN, quote, NOW, CONFIG)
                    .event(DecisionMade.class);
            assertEquals(usd(500), goodwill.refundAmount());
            assertEquals("AGENT", goodwill.breakdown().lines().get(2).bearer());
        }

        @Test
        void namedLinesAreRefusedBeyondTheirLineAndForAnyOutcomeButAPartialRefund() {
            RefundBreakdown quote = new RefundBreakdown(List.of(
                    new RefundLine("ITEM", usd(9_000), null, usd(9_000), "SELLER")), List.of(), usd(9_000));
            Dispute dispute = assignedTo("a-1");
            assertStatus(400, () -> DisputeLifecycle.decide(dispute, new DecisionCommand("a-1",
                    DecisionOutcome.PARTIAL_REFUND, null, "Too much", List.of(new RefundLines.Named("ITEM",
                            usd(9_001)))), PaymentTerms.UNKNOWN, quote, NOW, CONFIG));
            assertStatus(400, () -> DisputeLifecycle.decide(dispute, new DecisionCommand("a-1",
                    DecisionOutcome.REJECTED, null, "No", List.of(new RefundLines.Named("ITEM", usd(1)))),
                    PaymentTerms.UNKNOWN, quote, NOW, CONFIG));
            assertEquals(DisputeStatus.OPEN, dispute.status);
        }

        @Test
        void aDecisionIsAppealableUntilTheLastInstantOfItsWindow() {
            assertEquals(Instant.parse("2026-12-10T12:00:00Z"), DisputeLifecycle.appealableUntil(NOW, WINDOW));
        }
    }

    @Nested
    class Questions {

        @Test
        void theAssignedAgentAsksAPartyWhoHasTheStatementTimeToAnswer() {
            Dispute dispute = assignedTo("a-5");
            InformationRequested asked = DisputeLifecycle.requestInformation(dispute, question("a-5", false), false,
                    NOW, CONFIG).event(InformationRequested.class);
            assertEquals("SELLER", asked.party());
            assertEquals("a-5", asked.askedBy());
            assertEquals(NOW.plus(STATEMENT_TIME), asked.dueAt());
            assertEquals(NOW, asked.askedAt());
        }

        @Test
        void anAgentWhoHasNotClaimedTheDisputeCannotAsk() {
            Dispute dispute = open();
            assertStatus(403, () -> DisputeLifecycle.requestInformation(dispute, question("a-5", false), false, NOW,
                    CONFIG));
        }

        @Test
        void aSupervisorAsksWithoutClaimingTheDispute() {
            Dispute dispute = open();
            DisputeChange change = DisputeLifecycle.requestInformation(dispute, question("sup-1", true), false, NOW,
                    CONFIG);
            assertEquals("sup-1", change.event(InformationRequested.class).askedBy());
        }

        @Test
        void aPartyIsAskedAgainOnlyOnceItAnsweredThePreviousQuestion() {
            Dispute dispute = assignedTo("a-5");
            ApiException refused = assertThrows(ApiException.class, () -> DisputeLifecycle.requestInformation(
                    dispute, question("a-5", false), true, NOW, CONFIG));
            assertEquals(409, refused.problem().status());
            assertEquals("the seller has not answered the previous question yet", refused.getMessage());
        }

        @Test
        void aDecidedDisputeTakesNoQuestions() {
            Dispute dispute = decidedBy("a-5");
            assertStatus(409, () -> DisputeLifecycle.requestInformation(dispute, question("a-5", false), false, NOW,
                    CONFIG));
        }

        @Test
        void aStatementAnswersTheQuestionWaitingForTheParty() {
            Dispute dispute = assignedTo("a-5");
            UUID requestId = UUID.randomUUID();
            StatementSubmitted statement = DisputeLifecycle.submitStatement(dispute, statement(),
                    new PendingQuestion(requestId, NOW.plus(STATEMENT_TIME)), NOW).event(StatementSubmitted.class);
            assertEquals(requestId, statement.requestId());
            assertEquals("SELLER", statement.party());
            assertEquals(List.of("e-1"), statement.evidenceIds());
            assertFalse(statement.late());
        }

        @Test
        void aStatementAfterItsDueTimeIsLate() {
            Dispute dispute = assignedTo("a-5");
            StatementSubmitted statement = DisputeLifecycle.submitStatement(dispute, statement(),
                    new PendingQuestion(UUID.randomUUID(), NOW.minusSeconds(1)), NOW).event(StatementSubmitted.class);
            assertTrue(statement.late());
        }

        @Test
        void aStatementWithoutAQuestionWaitingIsRefused() {
            Dispute dispute = assignedTo("a-5");
            ApiException refused = assertThrows(ApiException.class,
                    () -> DisputeLifecycle.submitStatement(dispute, statement(), null, NOW));
            assertEquals(409, refused.problem().status());
            assertEquals("no question is waiting for the seller", refused.getMessage());
        }

        private static QuestionCommand question(String askedBy, boolean supervisor) {
            return new QuestionCommand(Party.SELLER, "When did you ship it?", askedBy, supervisor);
        }

        private static StatementCommand statement() {
            return new StatementCommand(Party.SELLER, "s-1", "Shipped on the 3rd", List.of("e-1"));
        }
    }

    @Nested
    class FollowUpsAndDeadlines {

        @Test
        void aFollowUpOnADisputeInTimeLeavesItsPriority() {
            Dispute dispute = open();
            FollowUpPosted posted = followUp(dispute).event(FollowUpPosted.class);
            assertEquals(0, dispute.priority);
            assertEquals(0, posted.priority());
        }

        @Test
        void beforeItsDeadlineADisputeIsNotFlagged() {
            Dispute dispute = open();
            assertEquals(List.of(), DisputeLifecycle.flagOverdue(dispute, NOW.plus(Duration.ofHours(71))).events());
            assertFalse(dispute.overdue);
        }

        @Test
        void pastItsDeadlineAnUndecidedDisputeIsFlaggedAndAnnounced() {
            Dispute dispute = assignedTo("a-1");
            Instant late = NOW.plus(Duration.ofHours(73));
            DisputeChange change = DisputeLifecycle.flagOverdue(dispute, late);
            assertTrue(dispute.overdue);
            assertEquals(new DisputeOverdue(dispute.caseId, dispute.id, "a-1", dispute.decisionDueAt, late),
                    change.event(DisputeOverdue.class));
        }

        @Test
        void anOverdueDisputeIsFlaggedOnce() {
            Dispute dispute = open();
            DisputeLifecycle.flagOverdue(dispute, NOW.plus(Duration.ofHours(73)));
            assertEquals(List.of(), DisputeLifecycle.flagOverdue(dispute, NOW.plus(Duration.ofHours(74))).events());
        }

        @Test
        void aDecidedDisputeIsNeverFlagged() {
            Dispute dispute = decidedBy("a-1");
            assertEquals(List.of(), DisputeLifecycle.flagOverdue(dispute, NOW.plus(Duration.ofDays(30))).events());
        }

        @Test
        void followUpsOnAnOverdueDisputeRaiseItsPriority() {
            Dispute dispute = open();
            DisputeLifecycle.flagOverdue(dispute, NOW.plus(Duration.ofHours(73)));
            followUp(dispute);
            FollowUpPosted second = followUp(dispute).event(FollowUpPosted.class);
            assertEquals(2, dispute.priority);
            assertEquals(2, second.priority());
        }

        @Test
        void aWithdrawnCaseTakesNoFollowUps() {
            Dispute dispute = open();
            DisputeLifecycle.caseWithdrawn(dispute);
            ApiException refused = assertThrows(ApiException.class, () -> followUp(dispute));
            assertEquals(409, refused.problem().status());
            assertEquals("the case was withdrawn", refused.getMessage());
        }

        private static DisputeChange followUp(Dispute dispute) {
            return DisputeLifecycle.followUp(dispute, Party.BUYER, "b-1", "Any news?", NOW);
        }
    }

    @Nested
    class Appeals {

        @Test
        void aPartyAppealsWithinTheWindowAndTheDisputeAwaitsANewDecision() {
            Dispute dispute = decidedBy("a-1");
            Instant filed = NOW.plus(Duration.ofDays(1));
            DisputeChange change = appeal(dispute, Party.BUYER, Set.of(), filed);
            assertEquals(DisputeStatus.APPEALED, dispute.status);
            assertEquals(filed.plus(DECISION_TIME), dispute.decisionDueAt);
            assertNull(dispute.assignee);
            assertTrue(change.deadlineStarts());
            assertEquals("BUYER", change.event(AppealFiled.class).party());
        }

        @Test
        void anAppealAfterTheWindowIsRefused() {
            Dispute dispute = decidedBy("a-1");
            assertRule(422, "APPEAL_WINDOW_EXPIRED", () -> appeal(dispute, Party.SELLER, Set.of(),
                    NOW.plus(Duration.ofDays(15))));
        }

        @Test
        void anAppealOneNanosecondAfterTheWindowIsRefused() {
            Dispute dispute = decidedBy("a-1");
            Instant until = DisputeLifecycle.appealableUntil(NOW, WINDOW);
            assertStatus(422, () -> appeal(dispute, Party.BUYER, Set.of(), until.plusNanos(1)));
        }

        @Test
        void anAppealAtTheLastInstantOfTheWindowIsFiled() {
            Dispute dispute = decidedBy("a-1");
            appeal(dispute, Party.SELLER, Set.of(), DisputeLifecycle.appealableUntil(NOW, WINDOW));
            assertEquals(DisputeStatus.APPEALED, dispute.status);
        }

        @Test
        void eachPartyAppealsOnce() {
            Dispute dispute = decidedBy("a-1");
            assertStatus(409, () -> appeal(dispute, Party.BUYER, Set.of(Party.BUYER), NOW));
        }

        @Test
        void theSupervisorWhoMadeTheFirstDecisionDoesNotDecideTheAppeal() {
            Dispute dispute = appealed();
            assertStatus(403, () -> decideAppeal(dispute, "a-1"));
        }

        @Test
        void anotherSupervisorDecidesTheAppealAndTheDisputeIsFinal() {
            Dispute dispute = appealed();
            UUID first = UUID.randomUUID();
            DecisionMade superseding = DisputeLifecycle.decideAppeal(dispute, fullRefund("sup-2"),
                    new AppealedDecision(first, "a-1"), PaymentTerms.UNKNOWN, NOW).event(DecisionMade.class);
            assertEquals(DisputeStatus.FINAL, dispute.status);
            assertEquals(first, superseding.supersedesDecisionId());
            assertNull(superseding.appealableUntil(), "a decision on an appeal is final");
        }

        @Test
        void aFinalDisputeCannotBeAppealed() {
            Dispute dispute = appealed();
            decideAppeal(dispute, "sup-2");
            assertStatus(409, () -> appeal(dispute, Party.SELLER, Set.of(Party.BUYER), NOW));
        }

        @Test
        void aDisputeWithoutAPendingAppealHasNoAppealToDecide() {
            Dispute dispute = decidedBy("a-1");
            assertStatus(409, () -> decideAppeal(dispute, "sup-2"));
        }

        private static Dispute appealed() {
            Dispute dispute = decidedBy("a-1");
            appeal(dispute, Party.BUYER, Set.of(), NOW.plus(Duration.ofDays(1)));
            return dispute;
        }

        private static DisputeChange appeal(Dispute dispute, Party party, Set<Party> already, Instant now) {
            return DisputeLifecycle.appeal(dispute, new AppealCommand(party, "p-1", "It never worked", List.of()),
                    already, UUID.randomUUID(), now, CONFIG);
        }

        private static DisputeChange decideAppeal(Dispute dispute, String supervisor) {
            return DisputeLifecycle.decideAppeal(dispute, fullRefund(supervisor),
                    new AppealedDecision(UUID.randomUUID(), "a-1"), PaymentTerms.UNKNOWN, NOW);
        }
    }

    @Nested
    class OtherServicesEvents {

        @Test
        void theNegotiationsCloseLetsTheDisputeBeDecided() {
            Dispute dispute = assignedTo("a-1");
            dispute.negotiationClosed = false;
            DisputeLifecycle.negotiationClosed(dispute, null);
            assertTrue(dispute.negotiationClosed);
            assertEquals(DisputeStatus.OPEN, dispute.status);
            decide(dispute, "a-1");
            assertEquals(DisputeStatus.DECIDED, dispute.status);
        }

        @Test
        void aSettlementNamedInTheAnswerClosesAnOpenDisputeAsSettled() {
            Dispute dispute = assignedTo("a-1");
            dispute.overdue = true;
            UUID settlementId = UUID.randomUUID();
            DisputeChange change = DisputeLifecycle.negotiationClosed(dispute, settlementId);
            assertEquals(DisputeStatus.SETTLED, dispute.status);
            assertEquals(settlementId, dispute.settlementId);
            assertNull(dispute.assignee);
            assertFalse(dispute.overdue);
            assertEquals(List.of(), change.events());
        }

        @Test
        void anOutcomeThatDidNotHoldOpensANewDecidableDisputeForIt() {
            Claim claim = new Claim(UUID.randomUUID(), PARTIES);
            DisputeChange change = DisputeLifecycle.backToQueue(claim, DisputeTrigger.RETURN_INSPECTION,
                    "decision:d-1", null, null, NOW, CONFIG);
            assertEquals(DisputeStatus.OPEN, change.dispute().status);
            assertEquals("decision:d-1", change.dispute().reopenedFor);
            assertTrue(change.dispute().negotiationClosed, "the negotiation ended with the outcome");
            assertTrue(change.deadlineStarts());
            assertEquals(DisputeTrigger.RETURN_INSPECTION, change.event(DisputeOpened.class).trigger());
        }

        @Test
        void anOutcomeThatDidNotHoldOpensNothingWhileADisputeIsOpenOrOnceReopenedForIt() {
            Dispute open = open();
            Claim claim = new Claim(open.caseId, PARTIES);
            assertSame(open, DisputeLifecycle.backToQueue(claim, DisputeTrigger.REPLACEMENT_OVERDUE, "settlement:x",
                    open, null, NOW, CONFIG).dispute());
            Dispute reopened = decidedBy("a-1");
            DisputeChange again = DisputeLifecycle.backToQueue(claim, DisputeTrigger.RETURN_INSPECTION,
                    "settlement:x", null, reopened, NOW, CONFIG);
            assertSame(reopened, again.dispute());
            assertEquals(List.of(), again.events());
        }

        @Test
        void theSettlementADisputeReopenedAfterNeverClosesIt() {
            Dispute dispute = DisputeLifecycle.backToQueue(new Claim(UUID.randomUUID(), PARTIES),
                    DisputeTrigger.RETURN_INSPECTION, "settlement:s-1", null, null, NOW, CONFIG).dispute();
            DisputeLifecycle.negotiationClosed(dispute, UUID.randomUUID());
            assertEquals(DisputeStatus.OPEN, dispute.status);
            assertNull(dispute.settlementId);
        }

        @Test
        void aSettlementDoesNotReopenADecidedDispute() {
            Dispute dispute = decidedBy("a-1");
            DisputeLifecycle.negotiationClosed(dispute, UUID.randomUUID());
            assertEquals(DisputeStatus.DECIDED, dispute.status);
            assertNull(dispute.settlementId);
        }

        @Test
        void aWithdrawnCaseTakesItsOpenDisputeOutOfTheQueue() {
            Dispute dispute = open();
            DisputeLifecycle.caseWithdrawn(dispute);
            assertEquals(DisputeStatus.WITHDRAWN, dispute.status);
        }

        @Test
        void aWithdrawnCaseLeavesADecidedDisputeDecided() {
            Dispute dispute = decidedBy("a-1");
            DisputeLifecycle.caseWithdrawn(dispute);
            assertEquals(DisputeStatus.DECIDED, dispute.status);
        }

        @Test
        void aWithdrawnDisputeCannotBeDecided() {
            Dispute dispute = assignedTo("a-1");
            DisputeLifecycle.caseWithdrawn(dispute);
            assertStatus(409, () -> decide(dispute, "a-1"));
        }
    }

    /** The decision deadline's durations, as configuration gives them. */
    private record Times(Duration decisionTime, Duration statementTime, Duration appealWindow)
            implements DisputeConfig {
    }

    private static Dispute open() {
        return DisputeLifecycle.openedByNegotiation(new Claim(UUID.randomUUID(), PARTIES),
                DisputeTrigger.SELLER_UNRESPONSIVE, null, NOW, CONFIG).dispute();
    }

    private static Dispute assignedTo(String agent) {
        Dispute dispute = open();
        DisputeLifecycle.assign(dispute, agent, agent, false);
        return dispute;
    }

    private static Dispute decidedBy(String agent) {
        Dispute dispute = assignedTo(agent);
        decide(dispute, agent);
        return dispute;
    }

    private static DisputeChange decide(Dispute dispute, String agent) {
        return DisputeLifecycle.decide(dispute, fullRefund(agent), PaymentTerms.UNKNOWN, NOW, CONFIG);
    }

    private static DecisionCommand fullRefund(String decider) {
        return new DecisionCommand(decider, DecisionOutcome.FULL_REFUND, null, "The photos show the crack");
    }

    private static Negotiation declined() {
        return new Negotiation(NOW.plus(Duration.ofHours(1)), true, LastOffer.NONE, false, false, false, false);
    }

    private static void assertStatus(int status, Runnable step) {
        assertEquals(status, assertThrows(ApiException.class, step::run).problem().status());
    }

    private static void assertRule(int status, String rule, Runnable step) {
        Problem problem = assertThrows(ApiException.class, step::run).problem();
        assertEquals(status, problem.status());
        assertEquals(rule, problem.rule());
    }

    private static Money usd(long minor) {
        return Money.of(minor, "USD");
    }
}
