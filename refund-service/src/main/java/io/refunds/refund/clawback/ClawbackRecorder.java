package io.refunds.refund.clawback;

import io.refunds.events.ParcelFound;
import io.refunds.refund.ledger.Ledger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records the clawback a found parcel makes ({@link Clawbacks}), with its ledger transactions, in the consumer's
 * transaction; a case clawed back already changes nothing (a unique case id backs the check).
 */
@ApplicationScoped
public class ClawbackRecorder {

    private final ClawbackRepository clawbacks;
    private final Ledger ledger;

    public ClawbackRecorder(ClawbackRepository clawbacks, Ledger ledger) {
        this.clawbacks = clawbacks;
        this.ledger = ledger;
    }

    /** The case's paid refunds are owed back; nothing when none was paid or the case was clawed back already. */
    public Uni<Void> parcelFound(ParcelFound found, List<Clawbacks.Paid> paid) {
        return clawbacks.existsForCase(found.caseId()).chain(exists -> exists ? Uni.createFrom().voidItem()
                : Clawbacks.of(UUID.randomUUID(), found, paid, Instant.now())
                        .map(clawback -> clawbacks.persist(clawback).chain(() -> post(clawback, paid)))
                        .orElse(Uni.createFrom().voidItem()));
    }

    private Uni<Void> post(Clawback clawback, List<Clawbacks.Paid> paid) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (var posting : Clawbacks.postings(clawback, paid)) {
            done = done.chain(() -> ledger.post(posting));
        }
        return done;
    }
}
