package io.refunds.dispute.decision;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.casefile.CaseFile;
import io.refunds.dispute.casefile.CaseFileRepository;
import io.refunds.dispute.dispute.AppealedDecision;
import io.refunds.dispute.dispute.Dispute;
import io.refunds.dispute.dispute.DisputeChange;
import io.refunds.dispute.dispute.DisputeChanges;
import io.refunds.dispute.dispute.DisputeConfig;
import io.refunds.dispute.dispute.DisputeLifecycle;
import io.refunds.dispute.dispute.DisputeRepository;
import io.refunds.events.DecisionMade;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundBreakdown;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.payment.StoredPaymentTerms;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Decisions, first and on appeal: lock the dispute → {@link DisputeLifecycle} → persist the decision → DecisionMade in
 * the outbox, all in one transaction and once per Idempotency-Key.
 */
@ApplicationScoped
public class DecisionService {

    private final DisputeRepository disputes;
    private final DecisionRepository decisions;
    private final CaseFileRepository caseFiles;
    private final DisputeChanges changes;
    private final IdempotencyKeys idempotencyKeys;
    private final DisputeConfig config;

    public DecisionService(DisputeRepository disputes, DecisionRepository decisions, CaseFileRepository caseFiles,
            DisputeChanges changes, IdempotencyKeys idempotencyKeys, DisputeConfig config) {
        this.disputes = disputes;
        this.decisions = decisions;
        this.caseFiles = caseFiles;
        this.changes = changes;
        this.idempotencyKeys = idempotencyKeys;
        this.config = config;
    }

    /** The assigned agent decides an open dispute. */
    @WithTransaction
    public Uni<IdempotentResponse> decide(UUID disputeId, DecisionRequest request, String agentId,
            String idempotencyKey) {
        return idempotencyKeys.once("decide:" + disputeId, idempotencyKey, request, () -> disputes
                .lockExisting(disputeId)
                .chain(dispute -> caseFileOf(dispute).map(file -> DisputeLifecycle.decide(dispute,
                        request.by(agentId), termsOf(file), quoteOf(file), now(), config)))
                .chain(this::record));
    }

    /** A supervisor who did not make the appealed decision decides again; the new decision supersedes it. */
    @WithTransaction
    public Uni<IdempotentResponse> decideAppeal(UUID disputeId, DecisionRequest request, String supervisorId,
            String idempotencyKey) {
        return idempotencyKeys.once("decide-appeal:" + disputeId, idempotencyKey, request, () -> disputes
                .lockExisting(disputeId)
                .chain(dispute -> decisions.latest(disputeId).chain(appealed -> caseFileOf(dispute)
                        .map(file -> DisputeLifecycle.decideAppeal(dispute, request.by(supervisorId),
                                appealed == null ? null : new AppealedDecision(appealed.id, appealed.decidedBy),
                                termsOf(file), quoteOf(file), now()))))
                .chain(this::record));
    }

    private Uni<IdempotentResponse> record(DisputeChange change) {
        Decision decision = Decision.of(change.event(DecisionMade.class));
        return decisions.persist(decision)
                .chain(() -> changes.save(change))
                .map(saved -> idempotencyKeys.created(
                        "/api/disputes/" + decision.disputeId + "/decisions/" + decision.id, DecisionView.of(decision)));
    }

    /** The case file the buyer's report opened; null when the report has not arrived. */
    private Uni<CaseFile> caseFileOf(Dispute dispute) {
        return caseFiles.findById(dispute.caseId);
    }

    /** The payment terms the buyer's report named (the refund follows them); unknown without a case file. */
    private static PaymentTerms termsOf(CaseFile file) {
        return StoredPaymentTerms.terms(file == null ? null : file.paymentTerms);
    }

    /** The quote the buyer's report carried (decisions are composed of its lines); null without one. */
    private static RefundBreakdown quoteOf(CaseFile file) {
        return file == null ? null : file.quote();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
