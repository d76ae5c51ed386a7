package io.refunds.dispute.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.platform.problem.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DisputeLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(14);
    private static final Duration DECISION_TIME = Duration.ofHours(72);

    @Test
    void anAgentClaimsAnUnassignedDisputeAndOnlyASupervisorReassignsIt() {
        Dispute dispute = open();
        DisputeLifecycle.assign(dispute, "a-1", "a-1", false);
        assertEquals("a-1", dispute.assignee);
        assertStatus(409, () -> DisputeLifecycle.assign(dispute, "a-2", "a-2", false));
        assertStatus(403, () -> DisputeLifecycle.assign(dispute, "a-3", "a-2", false));
        DisputeLifecycle.assign(dispute, "a-2", "sup-1", true);
        assertEquals("a-2", dispute.assignee);
    }

    @Test
    void onlyTheAssignedAgentDecidesAndOnlyOnce() {
        Dispute dispute = open();
        assertStatus(403, () -> DisputeLifecycle.decide(dispute, "a-1", NOW));
        DisputeLifecycle.assign(dispute, "a-1", "a-1", false);
        assertStatus(403, () -> DisputeLifecycle.decide(dispute, "a-2", NOW));
        DisputeLifecycle.decide(dispute, "a-1", NOW);
        assertEquals(DisputeStatus.DECIDED, dispute.status);
        assertStatus(409, () -> DisputeLifecycle.decide(dispute, "a-1", NOW));
    }

    @Test
    void pastItsDeadlineAnUndecidedDisputeIsFlaggedOnceAndFollowUpsRaiseItsPriority() {
        Dispute dispute = open();
        DisputeLifecycle.followUp(dispute);
        assertEquals(0, dispute.priority);
        assertFalse(DisputeLifecycle.flagOverdue(dispute, NOW.plus(Duration.ofHours(71))));
        assertTrue(DisputeLifecycle.flagOverdue(dispute, NOW.plus(Duration.ofHours(73))));
        assertFalse(DisputeLifecycle.flagOverdue(dispute, NOW.plus(Duration.ofHours(74))));
        DisputeLifecycle.followUp(dispute);
        DisputeLifecycle.followUp(dispute);
        assertEquals(2, dispute.priority);
    }

    @Test
    void eachPartyAppealsOnceWithinTheWindowAndADifferentSupervisorDecides() {
        Dispute dispute = decidedBy("a-1");
        assertStatus(422, () -> DisputeLifecycle.appeal(dispute, Party.SELLER, Set.of(), NOW.plus(Duration.ofDays(15)),
                WINDOW, DECISION_TIME));
        assertStatus(409, () -> DisputeLifecycle.appeal(dispute, Party.BUYER, Set.of(Party.BUYER), NOW, WINDOW,
                DECISION_TIME));
        DisputeLifecycle.appeal(dispute, Party.BUYER, Set.of(), NOW.plus(Duration.ofDays(1)), WINDOW, DECISION_TIME);
        assertEquals(DisputeStatus.APPEALED, dispute.status);
        assertEquals(NOW.plus(Duration.ofDays(1)).plus(DECISION_TIME), dispute.decisionDueAt);
        assertStatus(403, () -> DisputeLifecycle.decideAppeal(dispute, "a-1", "a-1", NOW));
        DisputeLifecycle.decideAppeal(dispute, "sup-2", "a-1", NOW);
        assertEquals(DisputeStatus.FINAL, dispute.status);
        assertStatus(409, () -> DisputeLifecycle.appeal(dispute, Party.SELLER, Set.of(Party.BUYER), NOW, WINDOW,
                DECISION_TIME));
    }

    @Test
    void aDecisionIsAppealableUntilTheLastInstantOfItsWindowAndNotAfter() {
        Instant until = DisputeLifecycle.appealableUntil(NOW, WINDOW);
        assertEquals(Instant.parse("2026-12-10T12:00:00Z"), until);
        assertStatus(422, () -> DisputeLifecycle.appeal(decidedBy("a-1"), Party.BUYER, Set.of(), until.plusNanos(1),
                WINDOW, DECISION_TIME));
        Dispute dispute = decidedBy("a-1");
        DisputeLifecycle.appeal(dispute, Party.SELLER, Set.of(), until, WINDOW, DECISION_TIME);
        assertEquals(DisputeStatus.APPEALED, dispute.status);
    }

    private static Dispute open() {
        Dispute dispute = new Dispute();
        dispute.id = UUID.randomUUID();
        dispute.status = DisputeStatus.OPEN;
        dispute.decisionDueAt = NOW.plus(DECISION_TIME);
        return dispute;
    }

    private static Dispute decidedBy(String agent) {
        Dispute dispute = open();
        DisputeLifecycle.assign(dispute, agent, agent, false);
        DisputeLifecycle.decide(dispute, agent, NOW);
        return dispute;
    }

    private static void assertStatus(int status, Runnable step) {
        assertEquals(status, assertThrows(ApiException.class, step::run).problem().status());
    }
}
