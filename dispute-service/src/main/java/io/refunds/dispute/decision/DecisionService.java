package io.refunds.dispute.decision;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.casefile.CaseFileRepository;
import io.refunds.dispute.dispute.Dispute;
import io.refunds.dispute.dispute.DisputeConfig;
import io.refunds.dispute.dispute.DisputeRepository;
import io.refunds.dispute.dispute.DisputeLifecycle;
import io.refunds.events.DecisionMade;
import io.refunds.events.Money;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.outbox.Outbox;
import io.refunds.platform.payment.StoredPaymentTerms;
import io.refunds.platform.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An agent decides an open dispute; the decision and DecisionMade commit together. */
@ApplicationScoped
public class DecisionService {

    private final DisputeRepository disputes;
    private final DecisionRepository decisions;
    private final CaseFileRepository caseFiles;
    private final Outbox outbox;
    private final IdempotencyKeys idempotencyKeys;
    private final DisputeConfig config;

    public DecisionService(DisputeRepository disputes, DecisionRepository decisions, CaseFileRepository caseFiles,
            Outbox outbox, IdempotencyKeys idempotencyKeys, DisputeConfig config) {
        this.disputes = disputes;
        this.decisions = decisions;
        this.caseFiles = caseFiles;
        this.outbox = outbox;
        this.idempotencyKeys = idempotencyKeys;
        this.config = config;
    }

    @WithTransaction
    public Uni<IdempotentResponse> decide(UUID disputeId, DecisionRequest request, String agentId,
            String idempotencyKey) {
        return idempotencyKeys.once("decide:" + disputeId, idempotencyKey, request,
                () -> disputes.lock(disputeId).chain(dispute -> decide(dispute, disputeId, request, agentId)));
    }

    private Uni<IdempotentResponse> decide(Dispute dispute, UUID disputeId, DecisionRequest request, String agentId) {
        if (dispute == null) {
            return Uni.createFrom().failure(ApiException.notFound("dispute " + disputeId));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DisputeLifecycle.decide(dispute, agentId, now);
        return record(dispute, request, agentId, null, now);
    }

    /** A supervisor who did not make the appealed decision decides again; the new decision supersedes it. */
    @WithTransaction
    public Uni<IdempotentResponse> decideAppeal(UUID disputeId, DecisionRequest request, String supervisorId,
            String idempotencyKey) {
        return idempotencyKeys.once("decide-appeal:" + disputeId, idempotencyKey, request,
                () -> disputes.lock(disputeId).chain(dispute -> dispute == null
                        ? Uni.createFrom().failure(ApiException.notFound("dispute " + disputeId))
                        : decisions.latest(disputeId).chain(appealed -> {
                            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                            DisputeLifecycle.decideAppeal(dispute, supervisorId,
                                    appealed == null ? null : appealed.decidedBy, now);
                            return record(dispute, request, supervisorId, appealed.id, now);
                        })));
    }

    private Uni<IdempotentResponse> record(Dispute dispute, DecisionRequest request, String agentId, UUID supersedes,
            Instant now) {
        Money owed = RefundAmountRule.owed(request.outcome(), request.amount(), dispute.paid());
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.disputeId = dispute.id;
        decision.caseId = dispute.caseId;
        decision.outcome = request.outcome();
        decision.refundMinor = owed == null ? null : owed.minorUnits();
        decision.refundCurrency = owed == null ? null : owed.currency();
        decision.rationale = request.rationale();
        decision.decidedBy = agentId;
        decision.decidedAt = now;
        decision.supersedesId = supersedes;
        // A first decision may be appealed within the window; a decision on an appeal is final.
        Instant appealableUntil = supersedes == null
                ? DisputeLifecycle.appealableUntil(decision.decidedAt, config.appealWindow())
                : null;
        return decisions.persist(decision)
                .chain(() -> caseFiles.findById(dispute.caseId))
                .chain(caseFile -> outbox.publish(new DecisionMade(decision.id, dispute.id, dispute.caseId,
                        dispute.orderId, dispute.itemId, dispute.buyerId, decision.outcome, owed, dispute.paid(),
                        supersedes, agentId, decision.rationale, decision.decidedAt, dispute.sellerId,
                        StoredPaymentTerms.terms(caseFile == null ? null : caseFile.paymentTerms), appealableUntil)))
                .map(eventId -> idempotencyKeys.created(
                        "/api/disputes/" + dispute.id + "/decisions/" + decision.id, DecisionView.of(decision)));
    }

}
