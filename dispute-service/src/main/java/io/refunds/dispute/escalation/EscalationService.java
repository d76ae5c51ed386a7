package io.refunds.dispute.escalation;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.casefile.CaseFile;
import io.refunds.dispute.casefile.CaseFileRepository;
import io.refunds.dispute.casefile.CaseNegotiation;
import io.refunds.dispute.dispute.Claim;
import io.refunds.dispute.dispute.DisputeChanges;
import io.refunds.dispute.dispute.DisputeConfig;
import io.refunds.dispute.dispute.DisputeLifecycle;
import io.refunds.dispute.dispute.DisputeRepository;
import io.refunds.platform.parties.CaseParties;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The buyer takes a case to the platform: lock the buyer's case file → what it recorded of the negotiation
 * ({@link CaseNegotiation}) → {@link DisputeLifecycle#escalatedByBuyer} (the shared escalation rule; one open dispute
 * per case) → persist the dispute → DisputeOpened in the outbox.
 */
@ApplicationScoped
public class EscalationService {

    private final CaseFileRepository files;
    private final DisputeRepository disputes;
    private final DisputeChanges changes;
    private final DisputeConfig config;

    public EscalationService(CaseFileRepository files, DisputeRepository disputes, DisputeChanges changes,
            DisputeConfig config) {
        this.files = files;
        this.disputes = disputes;
        this.changes = changes;
        this.config = config;
    }

    @WithTransaction
    public Uni<EscalatedResponse> escalate(EscalationRequest request, Caller caller) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return files.lock(request.caseId())
                .invoke(file -> {
                    if (file == null || !file.parties.buyerId().equals(caller.id())) {
                        throw ApiException.notFound("case " + request.caseId());
                    }
                })
                .chain(file -> disputes.openOfCase(file.caseId).chain(open -> files.entries(file.caseId)
                        .map(entries -> DisputeLifecycle.escalatedByBuyer(claimOf(file), CaseNegotiation.of(entries),
                                open, now, config))))
                .chain(changes::save)
                .map(change -> new EscalatedResponse(change.dispute().id, change.dispute().trigger));
    }

    /** The case file's parties, copied: the new dispute gets its own embedded value, not the case file's. */
    private static Claim claimOf(CaseFile file) {
        CaseParties parties = file.parties;
        return new Claim(file.caseId, new CaseParties(parties.orderId(), parties.itemId(), parties.buyerId(),
                parties.sellerId(), parties.reason(), parties.paid()));
    }
}
