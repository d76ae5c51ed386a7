package io.refunds.dispute.dispute;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.casefile.CaseFileRepository;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.platform.inbox.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What other services' events do to disputes: messaging-service's own events open one, its NegotiationClosed lets
 * agents decide (or closes the dispute as settled), order-service's CaseWithdrawn takes it out of the queue and its
 * return inspections and overdue replacements put the case back in it.
 */
@ApplicationScoped
public class DisputeProcess {

    private final DisputeRepository disputes;
    private final DisputeChanges changes;
    private final DisputeConfig config;
    private final CaseFileRepository files;

    public DisputeProcess(DisputeRepository disputes, DisputeChanges changes, DisputeConfig config,
            CaseFileRepository files) {
        this.disputes = disputes;
        this.changes = changes;
        this.config = config;
        this.files = files;
    }

    /**
     * order-service says the case's outcome {@code cause} did not hold (a return inspected as not claimed, a
     * replacement overdue): the case goes back to the queue with the parties its case file knows; a case without a
     * file (no IssueReported seen) cannot be disputed and is poison.
     */
    @WithTransaction
    public Uni<Void> backToQueue(UUID caseId, DisputeTrigger trigger, String cause) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return files.lock(caseId).chain(file -> file == null
                ? Uni.createFrom().failure(new PoisonMessageException("no case file for case " + caseId))
                : disputes.openOfCase(caseId).chain(open -> disputes.reopenedFor(cause)
                        .map(reopened -> DisputeLifecycle.backToQueue(new Claim(caseId, file.parties), trigger,
                                cause, open, reopened, now, config))
                        .chain(changes::save)))
                .replaceWithVoid();
    }

    /** A silent seller or the buyer's escalation in messaging-service opens the case's dispute, unless one is open. */
    @WithTransaction
    public Uni<Void> openedByNegotiation(Claim claim, DisputeTrigger trigger) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return disputes.openOfCase(claim.caseId())
                .map(open -> DisputeLifecycle.openedByNegotiation(claim, trigger, open, now, config))
                .chain(changes::save)
                .replaceWithVoid();
    }

    /** messaging-service's answer to the dispute's opening. */
    @WithTransaction
    public Uni<Void> negotiationClosed(UUID disputeId, UUID settlementId) {
        return disputes.lock(disputeId).chain(dispute -> dispute == null ? Uni.createFrom().voidItem()
                : changes.save(DisputeLifecycle.negotiationClosed(dispute, settlementId)).replaceWithVoid());
    }

    /**
     * The buyer withdrew the case. The open dispute is read and locked in one statement, so the state read is the
     * state locked (reading first and locking after overwrote a concurrent change).
     */
    @WithTransaction
    public Uni<Void> caseWithdrawn(UUID caseId) {
        return disputes.lockOpenOfCase(caseId).chain(dispute -> dispute == null ? Uni.createFrom().voidItem()
                : changes.save(DisputeLifecycle.caseWithdrawn(dispute)).replaceWithVoid());
    }
}
